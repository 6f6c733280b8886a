package org.bluehelmet;

import org.bluehelmet.cli.BlueHelmetCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Blue Helmet: planning and situational awareness for UN peace operations. One jar is
 * both the server ({@code serve}, the default) and the {@code bluehelmet} command line.
 */
@SpringBootApplication
public class BlueHelmetApplication {

	public static void main(String[] args) {
		// H2 interns every string and number it is given in a shared cache; incident
		// texts
		// are nearly all different, so hashing them is wasted work (about 4% of an
		// import's
		// time). Must be set before H2's classes load.
		System.setProperty("h2.objectCache", "false");
		// The server H2 opens for commands run beside Blue Helmet listens on loopback
		// only.
		System.setProperty("h2.bindAddress", "127.0.0.1");
		System.exit(BlueHelmetCommand.execute(BlueHelmetApplication.class, args));
	}

}
