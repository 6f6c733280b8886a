package org.bluehelmet.casualty;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.UploadedFiles;
import org.bluehelmet.text.Phrase;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A mission's peacekeeper fatalities: the UN's record imported (mission and system
 * administrators), and the deaths per year by cause.
 */
@RestController
@RequestMapping("/api/v1/missions/{missionId}/fatalities")
class FatalityController {

	private final FatalityService fatalities;

	FatalityController(FatalityService fatalities) {
		this.fatalities = fatalities;
	}

	/**
	 * Imports the mission's rows of the UN's record (a CSV in its layout): 201 with what
	 * was stored, 400 with every problem and nothing stored.
	 */
	@PostMapping(consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	FatalityImport importFile(@PathVariable String missionId, @RequestParam MultipartFile file, Principal user)
			throws IOException {
		if (file.isEmpty()) {
			throw new InvalidInputException("file", Phrase.of("problem.file.empty"));
		}
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			return fatalities.importFile(missionId, reader, UploadedFiles.name(file), user.getName());
		}
	}

	@GetMapping("/by-year")
	List<FatalityYear> byYear(@PathVariable String missionId) {
		return fatalities.byYear(missionId);
	}

}
