package org.bluehelmet.language;

import org.bluehelmet.text.Language;
import org.bluehelmet.text.Messages;
import org.bluehelmet.text.Phrase;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The two languages say the same things: the same keys, none empty, the same {names} to
 * fill in; and every key a page or script asks for is in both.
 */
class MessageBundlesTest {

	private final Messages messages = Messages.bundled();

	private static final Path STATIC = Path.of("src/main/resources/static");

	@Test
	void englishAndFrenchHaveTheSameKeysNoneEmptyAndTheSamePlaceholders() {
		Map<String, String> english = messages.of(Language.ENGLISH);
		Map<String, String> french = messages.of(Language.FRENCH);
		assertThat(french.keySet()).as("keys missing in French or in English").isEqualTo(english.keySet());
		assertThat(english).hasSizeGreaterThan(50);
		english.forEach((key, text) -> {
			assertThat(text).as(key).isNotBlank();
			assertThat(french.get(key)).as(key).isNotBlank();
			assertThat(placeholders(french.get(key))).as(key).isEqualTo(placeholders(text));
		});
		// Not English copied over: most messages differ (some words are the same in
		// both).
		long same = english.keySet().stream().filter(key -> english.get(key).equals(french.get(key))).count();
		assertThat(same).isLessThan(english.size() / 5);
	}

	@Test
	void thePagesOfferTheIncidentCategoriesTheServerKnowsInItsOrder() throws Exception {
		String nav = Files.readString(java.nio.file.Path.of("src/main/resources/static/js/nav.js"));
		Matcher list = Pattern.compile("const INCIDENT_CATEGORIES = \\[([^\\]]*)\\]").matcher(nav);
		assertThat(list.find()).as("nav.js lists the incident categories").isTrue();
		List<String> offered = Pattern.compile("'(\\w+)'")
			.matcher(list.group(1))
			.results()
			.map(m -> m.group(1))
			.toList();
		assertThat(offered).containsExactlyElementsOf(
				java.util.Arrays.stream(org.bluehelmet.incident.IncidentCategory.values()).map(Enum::name).toList());
	}

	@Test
	void everyKeyThePagesAskForIsInTheBundles() throws IOException {
		Set<String> asked = new TreeSet<>();
		Pattern inHtml = Pattern.compile("data-i18n(?:-[a-z-]+)?=\"([^\"]+)\"");
		Pattern inScript = Pattern.compile("\\bt\\('([a-zA-Z.]+)'|\\btCount\\('([a-zA-Z.]+)'");
		try (Stream<Path> files = Files.walk(STATIC)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = file.toString();
				// i18n.js itself only shows the syntax in its comments.
				if (!name.endsWith(".html") && !name.endsWith(".js") || name.endsWith("i18n.js")) {
					continue;
				}
				Matcher html = inHtml.matcher(Files.readString(file));
				while (html.find()) {
					asked.add(html.group(1));
				}
				Matcher script = inScript.matcher(Files.readString(file));
				while (script.find()) {
					if (script.group(1) != null) {
						asked.add(script.group(1));
					}
					else {
						asked.add(script.group(2) + ".one");
						asked.add(script.group(2) + ".many");
					}
				}
			}
		}
		assertThat(asked).hasSizeGreaterThan(40);
		assertThat(messages.of(Language.ENGLISH).keySet()).containsAll(asked);
		assertThat(messages.of(Language.FRENCH).keySet()).containsAll(asked);
	}

	@Test
	void everyKeyTheServerNamesIsInTheBundles() throws IOException {
		// Keys written out whole; those made of parts (what.<target>) are checked
		// below.
		Set<String> named = new TreeSet<>();
		Pattern phrase = Pattern.compile("Phrase\\.of\\(\"([a-zA-Z.]+)\"\\s*[,)]");
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher found = phrase.matcher(Files.readString(file));
				while (found.find()) {
					named.add(found.group(1));
				}
			}
		}
		assertThat(named).contains("driver.lastMonth", "reach.posture", "cap.description");
		for (String key : named) {
			boolean plural = messages.of(Language.ENGLISH).containsKey(key + ".one");
			for (Language language : List.of(Language.ENGLISH, Language.FRENCH)) {
				assertThat(messages.of(language).containsKey(key)
						|| plural && messages.of(language).containsKey(key + ".many"))
					.as(key + " in " + language)
					.isTrue();
			}
		}
	}

	/**
	 * The pages name these values by key (category.EXPLOSIVE_DEVICE…): a value added to
	 * the code must be named in both languages.
	 */
	@Test
	void everyValueThePagesNameByKeyHasAMessage() {
		Map<String, Class<? extends Enum<?>>> named = Map.ofEntries(
				Map.entry("category.", org.bluehelmet.incident.IncidentCategory.class),
				Map.entry("target.", org.bluehelmet.incident.Target.class),
				Map.entry("priority.", org.bluehelmet.incident.Priority.class),
				Map.entry("status.", org.bluehelmet.incident.TriageStatus.class),
				Map.entry("siteKind.", org.bluehelmet.mission.SiteKind.class),
				Map.entry("headquarters.", org.bluehelmet.mission.Headquarters.class),
				Map.entry("unitType.", org.bluehelmet.mission.UnitType.class),
				Map.entry("what.", org.bluehelmet.warning.ForecastTarget.class),
				Map.entry("capability.", org.bluehelmet.forcegen.Capability.class),
				Map.entry("stage.", org.bluehelmet.forcegen.PledgeStage.class),
				Map.entry("readiness.", org.bluehelmet.forcegen.ReadinessLevel.class),
				Map.entry("medical.", org.bluehelmet.mission.MedicalLevel.class),
				Map.entry("air.", org.bluehelmet.mission.AirFacility.class),
				Map.entry("measure.", org.bluehelmet.performance.Measure.class),
				Map.entry("measureName.", org.bluehelmet.performance.Measure.class),
				Map.entry("measureUnit.", org.bluehelmet.performance.Measure.class),
				Map.entry("perfStatus.", org.bluehelmet.performance.IndicatorStatus.class),
				Map.entry("role.", org.bluehelmet.security.Role.class));
		named.forEach((prefix, type) -> {
			for (Enum<?> value : type.getEnumConstants()) {
				String key = prefix + value.name();
				for (Language language : List.of(Language.ENGLISH, Language.FRENCH)) {
					assertThat(
							messages.of(language).containsKey(key) || messages.of(language).containsKey(key + ".one"))
						.as(key + " in " + language)
						.isTrue();
				}
			}
		});
	}

	@Test
	void aPhraseIsWrittenAsEachLanguageWritesItsWordsAndNumbers() {
		Phrase count = Phrase.of("driver.count", "n", 1234.5f, "what",
				Phrase.of("what.CIVILIAN_ATTACKS", "n", 1234.5f));
		Phrase phrase = Phrase.of("history.last12", "count", count, "origin", java.time.YearMonth.of(2020, 12));
		assertThat(messages.format(Language.ENGLISH, phrase))
			.isEqualTo("1,234.5 attacks on civilians in the cell in the 12 months to December 2020");
		// French groups thousands with a (narrow) no-break space and writes a decimal
		// comma.
		assertThat(messages.format(Language.FRENCH, phrase)).matches(
				"1[\\u00a0\\u202f]234,5 attaques contre des civils dans la maille au cours des 12 mois allant jusqu'à décembre 2020");
		// Days as each language writes them, given as days or as the text a stored phrase
		// keeps.
		Phrase future = Phrase.of("problem.incident.future", "day", java.time.LocalDate.of(2999, 6, 1));
		assertThat(messages.format(Language.ENGLISH, future)).isEqualTo("1 Jun 2999 is in the future");
		assertThat(messages.format(Language.FRENCH, future)).isEqualTo("le 1 juin 2999 est dans le futur");
		assertThat(messages.format(Language.FRENCH, Phrase.of("problem.incident.future", "day", "2999-06-01")))
			.isEqualTo("le 1 juin 2999 est dans le futur");
		Phrase one = Phrase.of("driver.count", "n", 1, "what", Phrase.of("what.FATALITIES", "n", 1));
		assertThat(messages.format(Language.ENGLISH, one)).isEqualTo("1 death in organised violence");
		assertThat(messages.format(Language.FRENCH, one)).isEqualTo("1 décès dû à la violence organisée");
		assertThat(messages.format(Language.FRENCH, Phrase.of("driver.season", "month", java.time.Month.MARCH)))
			.isEqualTo("la période de l'année (mars)");
		// Each count of a sentence agrees with its own number.
		Phrase month = Phrase.of("report.summary.incidentsUp", "month", java.time.YearMonth.of(2020, 12), "incidents",
				Phrase.of("report.count.incidents", "n", 1), "attacks", Phrase.of("report.count.attacksOfThem", "n", 1),
				"before", 0, "previous", java.time.YearMonth.of(2020, 11), "killed",
				Phrase.of("report.count.killed", "n", 3), "civilians",
				Phrase.of("report.count.civiliansOfThem", "n", 1));
		assertThat(messages.format(Language.FRENCH, month)).isEqualTo(
				"En décembre 2020, 1 incident a été enregistré, dont 1 attaque contre des civils (contre 0 en novembre 2020, en hausse) ; 3 personnes ont été tuées, dont 1 civil.");
		assertThat(messages.format(Language.ENGLISH, month)).isEqualTo(
				"In December 2020, 1 incident was recorded, 1 of them an attack on civilians (up from 0 in November 2020); 3 people were killed, 1 of them a civilian.");
		// A value as typed stays as typed, even when it reads as a day.
		assertThat(messages.format(Language.FRENCH, Phrase.of("problem.month", "text", Phrase.verbatim("2020-12-05"))))
			.isEqualTo("« 2020-12-05 » n'est pas un mois ; écrivez-le AAAA-MM, par exemple 2020-12");
		// A record not found is named in the reader's language.
		assertThat(new org.bluehelmet.system.NotFoundException("cell of the mission's area", 12345).phrase()
			.map(p -> messages.format(Language.FRENCH, p)))
			.contains("maille de la zone de la mission 12345 introuvable");
		// The pseudo-locale marks every message, nested ones too.
		assertThat(messages.format(Language.PSEUDO, one)).startsWith("⟦").endsWith("⟧").contains("⟦death");
	}

	private static Set<String> placeholders(String text) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = Pattern.compile("\\{(\\w+)\\}").matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

}
