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
		System.exit(BlueHelmetCommand.execute(BlueHelmetApplication.class, args));
	}

}
