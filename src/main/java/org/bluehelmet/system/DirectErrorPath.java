package org.bluehelmet.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.bluehelmet.text.Phrase;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the server renders errors, not a page: asked for directly it
 * had no error to show and answered 500. Now 404. Error dispatches still reach it (this
 * filter sees only requests from outside).
 */
final class DirectErrorPath extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"/error".equals(request.getRequestURI())) {
			chain.doFilter(request, response);
			return;
		}
		ProblemResponses.write(request, response, HttpServletResponse.SC_NOT_FOUND, "problem.title.notFound",
				Phrase.of("problem.noPage"));
	}

}
