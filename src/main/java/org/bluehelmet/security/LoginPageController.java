package org.bluehelmet.security;

import jakarta.servlet.http.HttpServletRequest;
import org.bluehelmet.text.Language;
import org.bluehelmet.language.Languages;
import org.bluehelmet.text.Messages;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The log-in page, in the site's own style: served here rather than as a static file so
 * that its form carries the CSRF token without a script. Its only value from outside is
 * that token, escaped; its words come from the message bundle of the browser's language,
 * escaped too.
 */
@Controller
class LoginPageController {

	private final Languages languages;

	private final Messages messages;

	LoginPageController(Languages languages, Messages messages) {
		this.languages = languages;
		this.messages = messages;
	}

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String login(CsrfToken csrf, HttpServletRequest request, @RequestParam(required = false) String error,
			@RequestParam(required = false) String logout, @RequestParam(required = false) String expired) {
		// The browser's language: no account is known yet.
		Language language = languages.of(request);
		java.util.function.UnaryOperator<String> text = key -> HtmlUtils.htmlEscape(messages.get(language, key));
		String message = error != null ? "<p class=\"error\" role=\"alert\">" + text.apply("login.error") + "</p>"
				: logout != null ? "<p class=\"explain\" role=\"status\">" + text.apply("login.loggedOut") + "</p>"
						: expired != null
								? "<p class=\"explain\" role=\"status\">" + text.apply("login.expired") + "</p>" : "";
		return """
				<!DOCTYPE html>
				<html lang="%s">
				<head>
				  <meta charset="utf-8">
				  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
				  <meta name="viewport" content="width=device-width, initial-scale=1">
				  <title>%s</title>
				  <link rel="stylesheet" href="/css/bluehelmet.css">
				</head>
				<body class="login-page">
				<header><h1>Blue Helmet</h1></header>
				<main class="login">
				  <form method="post" action="/login" class="login-form">
				    <h2>%s</h2>
				    %s
				    <label>%s <input name="username" autocomplete="username" required autofocus></label>
				    <label>%s <input name="password" type="password" autocomplete="current-password" required></label>
				    <input type="hidden" name="%s" value="%s">
				    <button type="submit">%s</button>
				    <p class="explain">%s</p>
				  </form>
				</main>
				</body>
				</html>
				""".formatted(HtmlUtils.htmlEscape(language.tag()), text.apply("login.title"),
				text.apply("login.heading"), message, text.apply("login.username"), text.apply("login.password"),
				HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()),
				text.apply("login.submit"), text.apply("login.about"));
	}

}
