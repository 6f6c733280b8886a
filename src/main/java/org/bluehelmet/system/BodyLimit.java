package org.bluehelmet.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.bluehelmet.text.Phrase;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than the limit before anything reads them (413): eight
 * parallel 50 MB JSON bodies exhausted the memory. File uploads
 * ({@code multipart/form-data}) are capped by the servlet container and spooled to disk
 * instead. A body of unknown length (chunked) is refused with 411, since its size cannot
 * be checked before reading.
 */
final class BodyLimit extends OncePerRequestFilter {

	private final long maxBytes;

	public BodyLimit(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = String.valueOf(request.getContentType()).toLowerCase(java.util.Locale.ROOT);
		if (!type.startsWith("multipart/form-data")) {
			long length = request.getContentLengthLong();
			if (length > maxBytes) {
				ProblemResponses.write(request, response, 413, "problem.title.tooLarge",
						Phrase.of("problem.body.tooLarge", "length", length, "most", maxBytes));
				return;
			}
			if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
				ProblemResponses.write(request, response, 411, "problem.title.lengthRequired",
						Phrase.of("problem.body.length"));
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
