package org.bluehelmet.cli;

import org.bluehelmet.posture.CoverCommand;
import java.util.List;

import org.bluehelmet.BlueHelmetApplication;

/**
 * The tools' jar: Blue Helmet's command line with {@code bench} (the benchmarks of
 * BENCHMARKS.md) and {@code cover} (covering problems from files) added. The product's
 * jar has neither.
 */
public final class ToolsApplication {

	private ToolsApplication() {
	}

	public static void main(String[] args) {
		System.exit(BlueHelmetApplication.run(COMMANDS, args));
	}

	/** The commands the tools add to the product's. */
	static final List<Object> COMMANDS = List.of(BenchCommand.class, CoverCommand.class);

}
