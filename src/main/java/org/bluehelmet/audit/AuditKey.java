package org.bluehelmet.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secret that seals the audit log (HMAC-SHA-256, RFC 2104): kept outside the
 * database, so that someone who can write the database cannot change an entry and seal
 * the chain again. Read from {@code bluehelmet.audit.key-file} (by default
 * {@code ~/.bluehelmet/audit.key}), which is made on first use with 32 random bytes,
 * readable by its owner only. Several servers of one installation, and a database
 * restored on another machine, need the same file. Thread-safe.
 */
@Component
public class AuditKey {

	private final SecretKeySpec key;

	private final Path file;

	AuditKey(@Value("${bluehelmet.audit.key-file:}") String keyFile) {
		this.file = keyFile == null || keyFile.isBlank()
				? Path.of(System.getProperty("user.home"), ".bluehelmet", "audit.key") : Path.of(keyFile);
		this.key = new SecretKeySpec(HexFormat.of().parseHex(readOrCreate(file)), "HmacSHA256");
	}

	/** Where the key is kept, for messages. */
	public Path file() {
		return file;
	}

	/** HMAC-SHA-256 of the text under the key, in hexadecimal. */
	public String seal(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every Java runtime has HmacSHA256", ex);
		}
	}

	private static String readOrCreate(Path file) {
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
			if (!hex.matches("[0-9a-f]{64,}")) {
				throw new IllegalStateException("the audit key file " + file
						+ " does not hold a key (64 or more hexadecimal digits); restore it from its copy");
			}
			return hex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the audit key file " + file, ex);
		}
	}

	private static void create(Path file) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		if (!Files.isDirectory(folder)) {
			Files.createDirectories(folder,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		// Written whole beside it, then linked under its name: several servers starting
		// at once on one installation find either no file or the whole key, and keep the
		// first one made.
		Path written = Files.createTempFile(folder, "audit", ".key",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try {
			Files.writeString(written, HexFormat.of().formatHex(bytes) + "\n", StandardCharsets.US_ASCII);
			Files.createLink(file, written);
		}
		catch (FileAlreadyExistsException raced) {
			// another server made it first: its key is the installation's
		}
		finally {
			Files.delete(written);
		}
	}

}
