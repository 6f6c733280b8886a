package org.bluehelmet.system;

import java.util.List;

import org.bluehelmet.text.Language;
import org.bluehelmet.text.Messages;
import org.bluehelmet.text.Phrase;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.databind.DatabindException;

/**
 * Turns the typed exceptions of {@link org.bluehelmet.system}, and Spring MVC's own
 * errors of binding, into {@code application/problem+json} answers (RFC 9457) that name
 * the field at fault in a {@code field} property; bad input never becomes a 500, and no
 * answer shows a stack trace.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring MVC's own problem details, which do
									// not name the field
class ProblemDetailsAdvice {

	private static final String INVALID_INPUT = "problem.title.invalid";

	private final Messages messages;

	ProblemDetailsAdvice(Messages messages) {
		this.messages = messages;
	}

	/** Words in the language of the request being answered. */
	private String words(Phrase phrase) {
		return messages.format(Language.current(), phrase);
	}

	private String words(String key, Object... namesAndValues) {
		return words(Phrase.of(key, namesAndValues));
	}

	@ExceptionHandler
	ProblemDetail invalidInput(InvalidInputException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_INPUT,
				ex.phrase().map(this::words).orElse(ex.getMessage()), ex.field());
		if (ex instanceof NeedsConfirmationException) {
			// The client may send it again, confirmed, once its user has checked it.
			problem.setProperty("confirmable", true);
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, INVALID_INPUT,
				words("problem.notValid", "value", String.valueOf(ex.getValue()), "field", ex.getName()), ex.getName());
	}

	/**
	 * Query parameters bound to a record (a date, an enum value, a number) that did not
	 * convert.
	 */
	@ExceptionHandler
	ProblemDetail binding(BindException ex) {
		FieldError error = ex.getFieldError();
		if (error == null) {
			return problem(HttpStatus.BAD_REQUEST, INVALID_INPUT, words("problem.requestNotValid"), null);
		}
		return problem(HttpStatus.BAD_REQUEST, INVALID_INPUT,
				words("problem.notValid", "value", String.valueOf(error.getRejectedValue()), "field", error.getField()),
				error.getField());
	}

	@ExceptionHandler
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, INVALID_INPUT,
				words("problem.parameterRequired", "name", ex.getParameterName()), ex.getParameterName());
	}

	@ExceptionHandler
	ProblemDetail missingPart(MissingServletRequestPartException ex) {
		return problem(HttpStatus.BAD_REQUEST, INVALID_INPUT,
				words("problem.partRequired", "name", ex.getRequestPartName()), ex.getRequestPartName());
	}

	/**
	 * A JSON body that is not JSON, or whose values break a rule of the domain (records
	 * check themselves when Jackson builds them): the domain's message and field when
	 * there is one.
	 */
	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		String reason = "";
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidInputException invalid) {
				return invalidInput(invalid);
			}
			if (cause instanceof DatabindException databind && reason.isEmpty()) {
				// Jackson's own words say which property is missing or of the wrong type.
				reason = reason(databind);
			}
		}
		return problem(HttpStatus.BAD_REQUEST, INVALID_INPUT, words("problem.notJson") + reason, null);
	}

	/**
	 * Jackson's own words on what is wrong, as ": rules.resupplyKm: Cannot map `null`
	 * into type `double`", without its hints for programmers, package names or nested
	 * exception names; nothing when it would still show the code's insides.
	 */
	private static String reason(DatabindException ex) {
		String words = ex.getOriginalMessage()
			.lines()
			.findFirst()
			.orElse("")
			.replaceAll(" \\(set `.*", "")
			.replaceAll(": Failed to deserialize.*", "")
			.replaceAll("(?:[a-z]\\w*\\.)+(?:\\w+\\$)?([A-Z]\\w*)", "$1");
		if (words.isBlank() || words.contains("Exception")) {
			return "";
		}
		return ": " + where(ex) + words;
	}

	/** The property path of a Jackson error, as "rules.resupplyKm: ". */
	private static String where(DatabindException ex) {
		String path = ex.getPath()
			.stream()
			.map(reference -> reference.getPropertyName())
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.joining("."));
		return path.isEmpty() ? "" : path + ": ";
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "problem.title.notFound",
				ex.phrase().map(this::words).orElse(ex.getMessage()), null);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooManyJobs(TooManyJobsException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Integer.toString(TooManyJobsException.RETRY_AFTER_SECONDS))
			.body(problem(HttpStatus.TOO_MANY_REQUESTS, "problem.title.tooManyJobs", ex.getMessage(), null));
	}

	@ExceptionHandler
	ProblemDetail forbidden(ForbiddenException ex) {
		return problem(HttpStatus.FORBIDDEN, "problem.title.forbidden", ex.getMessage(), null);
	}

	@ExceptionHandler
	ProblemDetail unavailable(UnavailableException ex) {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.title.unavailable", ex.getMessage(), null);
	}

	@ExceptionHandler
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, "problem.title.conflict", ex.getMessage(), null);
	}

	/**
	 * The database refused a change that broke one of its keys: two people or imports
	 * writing the same record at the same moment. The transaction was rolled back, so
	 * nothing changed.
	 */
	@ExceptionHandler
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		return problem(HttpStatus.CONFLICT, "problem.title.conflict", words("problem.integrity"), null);
	}

	@ExceptionHandler
	ProblemDetail rejectedFile(RejectedFileException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.title.fileRejected", ex.getMessage(), null);
		List<String> rows = ex.problems().stream().map(RowProblem::toString).toList();
		problem.setProperty("problems", rows);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail rejectedFiles(RejectedFilesException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.title.filesRejected", ex.getMessage(), null);
		problem.setProperty("problems", ex.problems().stream().map(FileProblem::toString).toList());
		return problem;
	}

	/** A problem whose title (a message key) is written in the reader's language. */
	private ProblemDetail problem(HttpStatus status, String titleKey, String detail, String field) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(words(titleKey));
		if (field != null) {
			problem.setProperty("field", field);
		}
		return problem;
	}

}
