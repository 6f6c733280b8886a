package org.bluehelmet.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {

	static Gazetteer gazetteer;

	@BeforeAll
	static void readTheDemoGazetteer() throws IOException {
		try (Reader reader = new InputStreamReader(
				GazetteerTest.class.getResourceAsStream("/demo/minusma/gazetteer.csv"), StandardCharsets.UTF_8)) {
			gazetteer = Gazetteer.read(reader, "gazetteer.csv");
		}
	}

	@Test
	void resolvesTheSpellingsOfTheSourcesToOneRegion() {
		// Geo-PKO, UCDP, PRIO-GRID and OCHA spellings.
		assertThat(gazetteer.canonical(PlaceKind.REGION, "Timbuktu")).isEqualTo("Tombouctou");
		assertThat(gazetteer.canonical(PlaceKind.REGION, "Tombouctou region")).isEqualTo("Tombouctou");
		assertThat(gazetteer.canonical(PlaceKind.REGION, "Segou region")).isEqualTo("Ségou");
		assertThat(gazetteer.canonical(PlaceKind.REGION, "SÉGOU")).isEqualTo("Ségou");
		assertThat(gazetteer.canonical(PlaceKind.REGION, "Ménaka region")).isEqualTo("Ménaka");
	}

	@Test
	void resolvesPlaceAliases() {
		assertThat(gazetteer.canonical(PlaceKind.PLACE, "Mopti/Sevare")).isEqualTo("Mopti-Sévaré");
		assertThat(gazetteer.canonical(PlaceKind.PLACE, "Tombouctou (Timbuktu)")).isEqualTo("Tombouctou");
		assertThat(gazetteer.canonical(PlaceKind.PLACE, "Dyabali")).isEqualTo("Diabaly");
		assertThat(gazetteer.canonical(PlaceKind.PLACE, "Leré")).isEqualTo("Léré");
	}

	@Test
	void keepsUnknownNamesAsTheyAre() {
		assertThat(gazetteer.find(PlaceKind.PLACE, "Ogossagou")).isEmpty();
		assertThat(gazetteer.canonical(PlaceKind.PLACE, " Ogossagou ")).isEqualTo("Ogossagou");
		assertThat(gazetteer.find(PlaceKind.REGION, "Gao")).isPresent();
		assertThat(gazetteer.find(PlaceKind.REGION, "")).isEmpty();
	}

	@Test
	void keepsRegionsAndPlacesApart() {
		assertThat(gazetteer.find(PlaceKind.PLACE, "Taoudenni")).isEmpty();
		assertThat(gazetteer.find(PlaceKind.REGION, "Taoudenni")).map(GazetteerEntry::name).contains("Taoudénit");
	}

}
