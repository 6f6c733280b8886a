package org.bluehelmet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The browser's only way to the servers under test, which a test can cut: an HTTP proxy
 * on the loopback that relays each connection to the port its first request names, and
 * when switched off drops every connection and refuses new ones. Unlike DevTools'
 * "Offline", which a page's service worker does not see, this cuts the service worker off
 * too, as a lost link would.
 */
public final class NetworkSwitch implements AutoCloseable {

	private static final Pattern ABSOLUTE_FORM = Pattern.compile("^[A-Z]+ http://[^/:\\s]+:(\\d+)[/\\s]");

	private final ServerSocket listener;

	private final ExecutorService relays = Executors.newCachedThreadPool(task -> {
		Thread thread = new Thread(task, "network-switch");
		thread.setDaemon(true);
		return thread;
	});

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile boolean connected = true;

	public NetworkSwitch() throws IOException {
		listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		relays.execute(this::accept);
	}

	public int port() {
		return listener.getLocalPort();
	}

	/** Connects the browser again, or cuts it off (every open connection dropped). */
	public void connected(boolean connected) {
		this.connected = connected;
		if (!connected) {
			open.forEach(NetworkSwitch::closeQuietly);
		}
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				if (connected) {
					relays.execute(() -> relay(client));
				}
				else {
					closeQuietly(client);
				}
			}
			catch (IOException closed) {
				return;
			}
		}
	}

	private void relay(Socket client) {
		open.add(client);
		try (client) {
			InputStream in = client.getInputStream();
			// The request line names the server: "GET http://localhost:PORT/path
			// HTTP/1.1".
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			for (int b = in.read(); b != -1; b = in.read()) {
				line.write(b);
				if (b == '\n') {
					break;
				}
			}
			Matcher target = ABSOLUTE_FORM.matcher(line.toString(StandardCharsets.ISO_8859_1));
			if (!target.find()) {
				return;
			}
			try (Socket server = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(target.group(1)))) {
				open.add(server);
				server.getOutputStream().write(line.toByteArray());
				relays.execute(() -> copy(server, client));
				copy(client, server);
			}
			finally {
				open.removeIf(Socket::isClosed);
			}
		}
		catch (IOException dropped) {
			// Cut off, or the browser closed the connection.
		}
		finally {
			open.remove(client);
		}
	}

	private static void copy(Socket from, Socket to) {
		try {
			InputStream in = from.getInputStream();
			OutputStream out = to.getOutputStream();
			byte[] buffer = new byte[16384];
			for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
				out.write(buffer, 0, n);
				out.flush();
			}
		}
		catch (IOException dropped) {
			// The other side closed.
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// Closing is all that was wanted.
		}
	}

	@Override
	public void close() throws IOException {
		connected(false);
		listener.close();
		relays.shutdownNow();
	}

}
