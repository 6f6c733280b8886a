package org.bluehelmet.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.bluehelmet.BlueHelmetApplication;

/** Runs the {@code bluehelmet} command in this JVM and keeps what it printed. */
final class Console {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final List<Object> moreCommands;

	/** The product's commands. */
	Console() {
		this(List.of());
	}

	/**
	 * The product's commands and more (the tools module's), as picocli command classes.
	 */
	Console(List<Object> moreCommands) {
		this.moreCommands = moreCommands;
	}

	/**
	 * Runs a command line; returns its exit code. One command at a time in this JVM: what
	 * it prints goes through {@code System.out}, which tests running side by side share.
	 */
	int run(String... args) {
		synchronized (Console.class) {
			return runAlone(args);
		}
	}

	private int runAlone(String... args) {
		PrintStream originalOut = System.out;
		PrintStream originalErr = System.err;
		out.reset();
		err.reset();
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			return BlueHelmetCommand.execute(BlueHelmetApplication.class, moreCommands, args);
		}
		finally {
			System.setOut(originalOut);
			System.setErr(originalErr);
		}
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

}
