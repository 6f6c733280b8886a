package org.bluehelmet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages depend on each other only as each declares in its
 * {@code package-info.java}, without cycles, and {@code docs/architecture.md} says the
 * same.
 */
class ModuleStructureTest {

	private static final ApplicationModules MODULES = ApplicationModules.of(BlueHelmetApplication.class);

	/** A row of the document's table: | `package` | holds | `a`, `b` | why |. */
	private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\|[^|]*\\|([^|]*)\\|");

	@Test
	void featuresUseOnlyThePackagesTheyDeclareWithoutCycles() {
		MODULES.verify();
	}

	@Test
	void theArchitectureDocumentSaysWhatEachPackageDeclaresAndArrowsGoDownTheTable() throws Exception {
		Map<String, Set<String>> documented = documented();
		Map<String, Set<String>> declared = new LinkedHashMap<>();
		MODULES.forEach(
				module -> declared.put(module.getIdentifier().toString(), declared(module.getBasePackage().getName())));
		assertThat(documented).as("docs/architecture.md against the package-info declarations")
			.containsExactlyInAnyOrderEntriesOf(declared);
		List<String> order = new ArrayList<>(documented.keySet());
		documented.forEach((module,
				uses) -> uses.forEach(used -> assertThat(order.indexOf(used))
					.as(module + " uses " + used + ", which the table lists below it")
					.isLessThan(order.indexOf(module))));
	}

	@Test
	void aPackageUsingOneItHasNotDeclaredFailsTheCheck() {
		// Two packages outside the application: "reader" declares it uses nothing, yet
		// calls "records".
		// (They are test classes, which the check of the application leaves out.)
		ApplicationModules fixture = ApplicationModules.of("fixture.modules", location -> true);
		assertThatThrownBy(fixture::verify).hasMessageContaining("reader").hasMessageContaining("records");
	}

	private static Set<String> declared(String javaPackage) {
		try {
			ApplicationModule module = Class.forName(javaPackage + ".package-info")
				.getAnnotation(ApplicationModule.class);
			assertThat(module).as(javaPackage + " declares the packages it may use").isNotNull();
			return new TreeSet<>(List.of(module.allowedDependencies()));
		}
		catch (ClassNotFoundException ex) {
			throw new AssertionError(javaPackage + " has no package-info.java declaring what it may use", ex);
		}
	}

	private static Map<String, Set<String>> documented() throws IOException {
		Map<String, Set<String>> rows = new LinkedHashMap<>();
		for (String line : Files.readAllLines(Path.of("docs/architecture.md"))) {
			Matcher row = ROW.matcher(line);
			if (row.find()) {
				Set<String> uses = new TreeSet<>();
				Matcher name = Pattern.compile("`(\\w+)`").matcher(row.group(2));
				while (name.find()) {
					uses.add(name.group(1));
				}
				rows.put(row.group(1), uses);
			}
		}
		return rows;
	}

}
