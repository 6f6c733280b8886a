package org.bluehelmet.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The address this server is reached at, for absolute links (the OGC API's): the
 * configured {@code bluehelmet.http.public-url} when set; otherwise the request's
 * {@code Host} only when it names this machine (localhost, its own name, or the address
 * the request arrived at), else that arrival address. An arbitrary {@code Host} never
 * reaches a link, so a forged header cannot send a client elsewhere.
 */
@Component
public class PublicAddress {

	private final String configured;

	private final Set<String> ownNames;

	PublicAddress(HttpProperties properties) {
		String url = properties.publicUrl();
		this.configured = url == null || url.isBlank() ? null : url.replaceAll("/+$", "");
		this.ownNames = ownNames();
	}

	/** Scheme, host and port (and the context path), without a trailing slash. */
	public String of(HttpServletRequest request) {
		if (configured != null) {
			return configured;
		}
		String host = request.getServerName().toLowerCase(Locale.ROOT);
		String local = request.getLocalAddr();
		boolean own = ownNames.contains(host) || host.equals(local) || ("[" + local + "]").equals(host);
		String shown = own ? request.getServerName() : local.contains(":") ? "[" + local + "]" : local;
		int port = own ? request.getServerPort() : request.getLocalPort();
		return request.getScheme() + "://" + shown + ":" + port + request.getContextPath();
	}

	private static Set<String> ownNames() {
		Set<String> names = new HashSet<>(List.of("localhost", "127.0.0.1", "[::1]"));
		try {
			InetAddress self = InetAddress.getLocalHost();
			names.add(self.getHostName().toLowerCase(Locale.ROOT));
			names.add(self.getCanonicalHostName().toLowerCase(Locale.ROOT));
		}
		catch (UnknownHostException ex) {
			// This machine has no name it can resolve: only the loopback names are its
			// own.
		}
		return Set.copyOf(names);
	}

}
