package org.bluehelmet;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages depend on each other only as DESIGN.md's table allows: no cycles,
 * no reaching into internals.
 */
class ModuleStructureTest {

	@Test
	void featuresDependOnEachOtherOnlyThroughTheirPublicTypesWithoutCycles() {
		ApplicationModules.of(BlueHelmetApplication.class).verify();
	}

}
