package org.bluehelmet.security;

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
 * that token, escaped; its messages are fixed text.
 */
@Controller
class LoginPageController {

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String login(CsrfToken csrf, @RequestParam(required = false) String error,
			@RequestParam(required = false) String logout, @RequestParam(required = false) String expired) {
		String message = error != null
				? "<p class=\"error\" role=\"alert\">The user name or password is wrong, or the account is disabled "
						+ "or locked for a while after failed attempts.</p>"
				: logout != null ? "<p class=\"explain\" role=\"status\">You are logged out.</p>" : expired != null
						? "<p class=\"explain\" role=\"status\">Your session ended; log in again.</p>" : "";
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				  <meta charset="utf-8">
				  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
				  <meta name="viewport" content="width=device-width, initial-scale=1">
				  <title>Blue Helmet — log in</title>
				  <link rel="stylesheet" href="/css/bluehelmet.css">
				</head>
				<body class="login-page">
				<header><h1>Blue Helmet</h1></header>
				<main class="login">
				  <form method="post" action="/login" class="login-form">
				    <h2>Log in</h2>
				    %s
				    <label>User name <input name="username" autocomplete="username" required autofocus></label>
				    <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
				    <input type="hidden" name="%s" value="%s">
				    <button type="submit">Log in</button>
				    <p class="explain">Planning and situational awareness for UN peace operations. Accounts are given by
				      the mission's administrators.</p>
				  </form>
				</main>
				</body>
				</html>
				"""
			.formatted(message, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
	}

}
