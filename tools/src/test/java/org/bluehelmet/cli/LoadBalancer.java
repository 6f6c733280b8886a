package org.bluehelmet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.bluehelmet.ApiClient;
import org.bluehelmet.ServerProcess;

/**
 * HAProxy (Debian's package, which {@code .ci/run} installs) in front of Blue Helmet
 * servers: round robin over their readiness checks, each answer marked with the server
 * that gave it ({@value #NODE_HEADER}); the configuration {@code bench load --nodes}
 * uses.
 */
public final class LoadBalancer implements AutoCloseable {

	/** The header naming the server that answered: {@code node1}, {@code node2}, … */
	public static final String NODE_HEADER = "X-Blue-Helmet-Node";

	private final Process process;

	private final int port;

	private LoadBalancer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts HAProxy in front of the servers and waits until every one of them has
	 * answered through it.
	 */
	public static LoadBalancer start(Path folder, List<Integer> servers) throws Exception {
		int port = ServerProcess.freePort();
		Path config = Files.writeString(folder.resolve("haproxy.cfg"),
				BenchCluster.haproxyConfiguration(port, servers, NODE_HEADER));
		Process process = new ProcessBuilder("haproxy", "-db", "-f", config.toString()).redirectErrorStream(true)
			.redirectOutput(folder.resolve("haproxy.log").toFile())
			.start();
		LoadBalancer balancer = new LoadBalancer(process, port);
		balancer.waitForEveryNode(servers.size(), folder);
		return balancer;
	}

	public int port() {
		return port;
	}

	private void waitForEveryNode(int nodes, Path folder) throws Exception {
		ApiClient anonymous = new ApiClient(port, "nobody", null);
		Set<String> seen = new HashSet<>();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (seen.size() < nodes && Instant.now().isBefore(deadline)) {
			try {
				HttpResponse<String> health = anonymous.get("/actuator/health/readiness");
				if (health.statusCode() == 200) {
					health.headers().firstValue(NODE_HEADER).ifPresent(seen::add);
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			assertThat(process.isAlive()).as("HAProxy stopped; see " + folder.resolve("haproxy.log")).isTrue();
			Thread.sleep(100);
		}
		assertThat(seen).as("servers answering through HAProxy").hasSize(nodes);
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

}
