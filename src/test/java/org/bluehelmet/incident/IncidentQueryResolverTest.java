package org.bluehelmet.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The incident query read from a query string as Spring's binder read it before. */
class IncidentQueryResolverTest {

	private final IncidentQueryResolver resolver = new IncidentQueryResolver();

	@Test
	void readsEveryParameterWithRepeatedAndCommaSeparatedSets() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addParameter("sector", " Sector Centre ");
		request.addParameter("from", "2020-01-01");
		request.addParameter("to", "");
		request.addParameter("category", "ATTACK_ON_CIVILIANS,EXPLOSIVE_DEVICE");
		request.addParameter("category", "AMBUSH,");
		request.addParameter("sort", "KILLED");
		request.addParameter("page", "2");
		IncidentQuery query = read(request);
		assertThat(query.from()).isEqualTo(LocalDate.of(2020, 1, 1));
		assertThat(query.to()).isNull();
		assertThat(query.sort()).isEqualTo(IncidentSort.KILLED);
		assertThat(query.pageOrFirst()).isEqualTo(2);
		assertThat(query.sizeOrDefault()).isEqualTo(IncidentQuery.DEFAULT_PAGE_SIZE);
		IncidentFilter filter = query.filter("minusma");
		assertThat(filter.sector()).isEqualTo("Sector Centre");
		assertThat(filter.categories()).isEqualTo(Set.of(IncidentCategory.ATTACK_ON_CIVILIANS,
				IncidentCategory.EXPLOSIVE_DEVICE, IncidentCategory.AMBUSH));
		assertThat(filter.targets()).isNullOrEmpty();
	}

	@Test
	void aValueThatDoesNotConvertIsRefusedNamingItsParameter() {
		for (String[] bad : new String[][] { { "from", "2020-13-01" }, { "category", "AMBUSH,MURDER" },
				{ "page", "two" }, { "sort", "BEST" } }) {
			MockHttpServletRequest request = new MockHttpServletRequest();
			request.addParameter(bad[0], bad[1]);
			assertThatThrownBy(() -> read(request)).isInstanceOfSatisfying(MethodArgumentTypeMismatchException.class,
					ex -> assertThat(ex.getName()).isEqualTo(bad[0]));
		}
	}

	private IncidentQuery read(MockHttpServletRequest request) throws Exception {
		MethodParameter parameter = new MethodParameter(
				IncidentController.class.getDeclaredMethod("cells", String.class, IncidentQuery.class), 1);
		assertThat(resolver.supportsParameter(parameter)).isTrue();
		return resolver.resolveArgument(parameter, null, new ServletWebRequest(request), null);
	}

}
