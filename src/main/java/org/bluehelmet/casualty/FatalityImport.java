package org.bluehelmet.casualty;

/**
 * What an import of the UN's record of fatalities did for one mission.
 *
 * @param fileName the file
 * @param rowsRead rows read: always {@code stored + skipped + otherMissions}
 * @param stored the mission's deaths stored
 * @param skipped the mission's deaths already stored (the same casualty id)
 * @param otherMissions rows of other missions, left out
 */
public record FatalityImport(String fileName, long rowsRead, long stored, long skipped, long otherMissions) {
}
