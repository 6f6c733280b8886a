package org.bluehelmet.mission;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the mission feature, under {@code bluehelmet.mission}.
 *
 * @param loadDemo whether the demo missions (MINUSMA and the packs of
 * {@code demo/packs.txt}) are loaded when the database holds no mission
 */
@Validated
@ConfigurationProperties("bluehelmet.mission")
record MissionProperties(boolean loadDemo) {
}
