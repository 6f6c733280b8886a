package org.bluehelmet.system;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns the typed exceptions of {@link org.bluehelmet.system} into
 * {@code application/problem+json} answers (RFC 9457) that name the field at fault; bad
 * input never becomes a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring MVC's own problem details, which do
									// not name the field
class ProblemDetailsAdvice {

	@ExceptionHandler
	ProblemDetail invalidInput(InvalidInputException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid input");
		problem.setProperty("field", ex.field());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"'" + ex.getValue() + "' is not a valid value for " + ex.getName());
		problem.setTitle("Invalid input");
		problem.setProperty("field", ex.getName());
		return problem;
	}

	/**
	 * Query parameters bound to a record (a date, an enum value, a number) that did not
	 * convert.
	 */
	@ExceptionHandler
	ProblemDetail binding(BindException ex) {
		FieldError error = ex.getFieldError();
		String field = error == null ? null : error.getField();
		Object value = error == null ? null : error.getRejectedValue();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				field == null ? "the request is not valid" : "'" + value + "' is not a valid value for " + field);
		problem.setTitle("Invalid input");
		problem.setProperty("field", field);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"the parameter " + ex.getParameterName() + " is required");
		problem.setTitle("Invalid input");
		problem.setProperty("field", ex.getParameterName());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail missingPart(MissingServletRequestPartException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"the part " + ex.getRequestPartName() + " is required");
		problem.setTitle("Invalid input");
		problem.setProperty("field", ex.getRequestPartName());
		return problem;
	}

	/**
	 * A JSON body that is not JSON, or whose values break a rule of the domain (records
	 * check themselves when Jackson builds them): the domain's message and field when
	 * there is one.
	 */
	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidInputException invalid) {
				return invalidInput(invalid);
			}
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"the body is not valid JSON of the expected shape");
		problem.setTitle("Invalid input");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Conflict");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail rejectedFile(RejectedFileException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("File rejected");
		List<String> rows = ex.problems().stream().map(RowProblem::toString).toList();
		problem.setProperty("problems", rows);
		return problem;
	}

}
