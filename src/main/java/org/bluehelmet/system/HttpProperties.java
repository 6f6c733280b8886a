package org.bluehelmet.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the HTTP server, under {@code bluehelmet.http}.
 *
 * @param maxBodySize the largest request body other than a file upload (JSON, forms);
 * larger ones are refused with 413 before they are read. File uploads have their own cap
 * ({@code spring.servlet.multipart.max-request-size}).
 * @param publicUrl the address people and clients reach this server at (e.g.
 * {@code https://bluehelmet.example.org}), used for links in the OGC API; when empty, the
 * address the request arrived at on this server (never the request's {@code Host} header)
 */
@Validated
@ConfigurationProperties("bluehelmet.http")
record HttpProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("") String publicUrl) {
}
