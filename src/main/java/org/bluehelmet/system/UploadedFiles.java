package org.bluehelmet.system;

import org.bluehelmet.text.Phrase;

import org.springframework.web.multipart.MultipartFile;

/** What is kept of an uploaded file's name. */
public final class UploadedFiles {

	/** The longest name kept with an import (the database keeps 300 characters). */
	public static final int MAX_NAME_LENGTH = 255;

	private UploadedFiles() {
	}

	/**
	 * The file's name as the browser gave it ({@code upload.csv} when none); refused by
	 * name when longer than {@value #MAX_NAME_LENGTH} characters.
	 */
	public static String name(MultipartFile file) {
		String name = file.getOriginalFilename();
		if (name == null || name.isBlank()) {
			return "upload.csv";
		}
		if (name.length() > MAX_NAME_LENGTH) {
			throw new InvalidInputException("file",
					Phrase.of("problem.file.name", "length", name.length(), "most", MAX_NAME_LENGTH));
		}
		return name;
	}

}
