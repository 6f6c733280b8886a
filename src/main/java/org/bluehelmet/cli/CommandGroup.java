package org.bluehelmet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Spec;

/**
 * A command that only groups others ({@code import}, {@code mission}, {@code bench} …):
 * run alone, it lists them.
 */
abstract class CommandGroup implements Runnable {

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(System.out);
	}

}
