package org.bluehelmet.mission;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.bluehelmet.system.NonClosingOutputStream;

/**
 * Writes the files of a mission pack into a zip, in one folder named after the mission
 * (as {@link MissionPackReader} reads it). Other features add their files through
 * {@link MissionPackExporting}.
 */
public final class PackWriter {

	private final ZipOutputStream zip;

	private final String folder;

	private final List<String> names = new ArrayList<>();

	PackWriter(ZipOutputStream zip, String folder) {
		this.zip = zip;
		this.folder = folder;
	}

	/**
	 * Adds a file whose content {@code content} writes; closing the stream it is given
	 * does not close the zip.
	 */
	public void add(String name, Consumer<OutputStream> content) {
		try {
			zip.putNextEntry(new ZipEntry(folder + "/" + name));
			content.accept(new NonClosingOutputStream(zip));
			zip.closeEntry();
			names.add(name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void add(String name, String text) {
		add(name, out -> {
			try {
				out.write(text.getBytes(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** The files written, in order. */
	public List<String> names() {
		return Collections.unmodifiableList(names);
	}

}
