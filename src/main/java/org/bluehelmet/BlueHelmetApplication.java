package org.bluehelmet;

import java.util.List;

import org.bluehelmet.cli.BlueHelmetCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Blue Helmet: planning and situational awareness for UN peace operations. One jar is
 * both the server ({@code serve}, the default) and the {@code bluehelmet} command line.
 */
@SpringBootApplication
public class BlueHelmetApplication {

	public static void main(String[] args) {
		System.exit(run(List.of(), args));
	}

	/**
	 * Runs a command line (the server without one) and returns its exit code.
	 * @param moreCommands picocli commands a jar that builds on the product adds (the
	 * tools module's benchmarks); empty for the product
	 * @param args the command line
	 */
	public static int run(List<Object> moreCommands, String... args) {
		// H2 interns every string and number it is given in a shared cache; incident
		// texts
		// are nearly all different, so hashing them is wasted work (about 4% of an
		// import's
		// time). Must be set before H2's classes load.
		System.setProperty("h2.objectCache", "false");
		// The server H2 opens for commands run beside Blue Helmet listens on loopback
		// only.
		System.setProperty("h2.bindAddress", "127.0.0.1");
		return BlueHelmetCommand.execute(BlueHelmetApplication.class, moreCommands, args);
	}

}
