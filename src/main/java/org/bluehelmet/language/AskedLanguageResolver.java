package org.bluehelmet.language;

import jakarta.servlet.http.HttpServletRequest;
import org.bluehelmet.text.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives an {@link AskedLanguage} parameter its language ({@link Languages#asked}). */
class AskedLanguageResolver implements HandlerMethodArgumentResolver {

	static final String PARAMETER = "lang";

	/** Looked up when first needed: the resolver is made while MVC is configured. */
	private final ObjectProvider<Languages> languages;

	AskedLanguageResolver(ObjectProvider<Languages> languages) {
		this.languages = languages;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(AskedLanguage.class) && parameter.getParameterType() == Language.class;
	}

	@Override
	public Language resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binders) {
		return languages.getObject()
			.asked(PARAMETER, request.getParameter(PARAMETER), request.getNativeRequest(HttpServletRequest.class));
	}

}
