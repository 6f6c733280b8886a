package org.bluehelmet.mission;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.UploadedFiles;
import org.bluehelmet.text.Phrase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A new mission from its pack, uploaded as a {@code .zip} (system administrators only, by
 * {@code AccessRules}): checked whole, then stored all or nothing; 201 with what was
 * stored, 400 with every problem of a bad pack, 409 for a taken id.
 */
@RestController
@ConditionalOnWebApplication
class MissionImportController {

	private final MissionPackImport packs;

	private final DeploymentMapImport maps;

	private final MissionPackExport exports;

	MissionImportController(MissionPackImport packs, DeploymentMapImport maps, MissionPackExport exports) {
		this.packs = packs;
		this.maps = maps;
		this.exports = exports;
	}

	/**
	 * The mission as a pack (mission administrators): what imports it into another Blue
	 * Helmet.
	 */
	@org.bluehelmet.audit.Export
	@org.springframework.web.bind.annotation.GetMapping("/api/v1/missions/{missionId}/pack.zip")
	ResponseEntity<byte[]> exportPack(@PathVariable("missionId") String missionId, Principal user) {
		// Written whole before it is sent: the export is audited in its transaction, and
		// a
		// pack is a few megabytes at most.
		java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
		exports.export(missionId, zip, user.getName());
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType("application/zip"))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + missionId + "-pack.zip\"")
			.body(zip.toByteArray());
	}

	/**
	 * Adds a mission's later deployment maps from a Geo-PKO CSV (mission administrators):
	 * maps it has already are left as they are.
	 */
	@PostMapping(path = "/api/v1/missions/{missionId}/deployment-maps", consumes = "multipart/form-data")
	DeploymentMapImport.AddedMaps importMaps(@PathVariable("missionId") String missionId,
			@RequestParam MultipartFile file, Principal user) throws IOException {
		if (file.isEmpty()) {
			throw new InvalidInputException("file", Phrase.of("problem.file.empty"));
		}
		String name = UploadedFiles.name(file);
		return maps.importFile(missionId,
				new java.io.InputStreamReader(file.getInputStream(), java.nio.charset.StandardCharsets.UTF_8), name,
				user.getName());
	}

	@PostMapping(path = "/api/v1/missions", consumes = "multipart/form-data")
	ResponseEntity<MissionPackImport.ImportedMission> importPack(@RequestParam MultipartFile file, Principal user)
			throws IOException {
		if (file.isEmpty()) {
			throw new InvalidInputException("file", Phrase.of("problem.file.empty"));
		}
		UploadedFiles.name(file);
		Path zip = Files.createTempFile("bluehelmet-pack", ".zip");
		try {
			file.transferTo(zip);
			MissionPackImport.ImportedMission imported = packs.importPack(MissionPackReader.read(zip), user.getName());
			return ResponseEntity.created(URI.create("/api/v1/missions/" + imported.missionId())).body(imported);
		}
		finally {
			Files.deleteIfExists(zip);
		}
	}

}
