package org.bluehelmet.language;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * On a handler's {@link org.bluehelmet.text.Language} parameter: the language asked for
 * by the query parameter {@code lang} ({@code lang=fr}), else the request's (the
 * account's choice, else the browser's); a language Blue Helmet does not speak is refused
 * with 400, naming {@code lang}. For what is written once and read later (a report, an
 * export), which may be wanted in another language than the reader's own.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Parameter(name = "lang", in = ParameterIn.QUERY,
		description = "The language to write in (en, fr); by default the account's, else the browser's",
		schema = @Schema(type = "string", example = "fr"))
public @interface AskedLanguage {

}
