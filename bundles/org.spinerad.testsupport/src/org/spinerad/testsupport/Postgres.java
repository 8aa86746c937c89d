package org.spinerad.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server (Debian package postgresql) for a test class: a
 * fresh cluster in a temporary folder, listening on a free loopback port,
 * trusting local connections of the user {@value #USER}, stopped and removed
 * by {@link #close()}. As root the server runs as the {@code postgres} user
 * (PostgreSQL refuses to run as root). Durability settings are off: the tests
 * check transactions, not disks.
 */
public final class Postgres implements AutoCloseable {

	/** The database user the tests connect as. */
	public static final String USER = "spinerad";

	private final Path bin;
	private final Path dir;
	private final int port;
	private final boolean asPostgres;

	private Postgres(Path bin, Path dir, int port, boolean asPostgres) {
		this.bin = bin;
		this.dir = dir;
		this.port = port;
		this.asPostgres = asPostgres;
	}

	/** Creates a cluster and starts it; waits until it accepts connections. */
	public static Postgres start() throws Exception {
		Path bin = binaries();
		boolean root = "root".equals(System.getProperty("user.name"));
		Path dir = Files.createTempDirectory(Path.of("/tmp"), "spinerad-pg");
		if (root) {
			UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
			Files.setOwner(dir, postgres);
		}
		Postgres pg = new Postgres(bin, dir, freePort(), root);
		pg.run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust", "-U",
				USER, "-E", "UTF8", "--no-sync"));
		pg.run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
				dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
				"-p " + pg.port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
						+ " -c synchronous_commit=off -c full_page_writes=off -c max_connections=100",
				"start"));
		return pg;
	}

	private static Path binaries() {
		try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
			return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
					.max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())))
					.orElseThrow();
		} catch (IOException | RuntimeException e) {
			throw new AssertionError("PostgreSQL is missing under /usr/lib/postgresql: install the Debian package"
					+ " postgresql (releng/scripts/setup.sh does this)");
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return s.getLocalPort();
		}
	}

	/** @return the loopback port */
	public int port() {
		return port;
	}

	/** Creates an empty database and returns its JDBC URL. */
	public String createDatabase(String name) throws Exception {
		psql("postgres", "CREATE DATABASE " + name);
		return url(name);
	}

	/** @return the JDBC URL of a database of this server */
	public String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
	}

	/** @return a psql command line on a database (for a client a test starts and kills) */
	public List<String> psqlCommand(String database) {
		return List.of(bin.resolve("psql").toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p",
				Integer.toString(port), "-U", USER, "-d", database);
	}

	/** Runs SQL with psql and returns what it printed (unaligned, tuples only). */
	public String psql(String database, String sql) throws Exception {
		List<String> command = new ArrayList<>(psqlCommand(database));
		command.addAll(List.of("-A", "-t", "-c", sql));
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new AssertionError("psql failed: " + out);
		}
		return out.strip();
	}

	private void run(List<String> command) throws Exception {
		List<String> full = new ArrayList<>();
		if (asPostgres) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(command);
		Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
			String log = Files.exists(dir.resolve("server.log")) ? Files.readString(dir.resolve("server.log")) : "";
			throw new AssertionError(command.get(0) + " failed: " + out + "\n" + log);
		}
	}

	@Override
	public void close() throws Exception {
		try {
			run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
					"-w", "stop"));
		} finally {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
			}
		}
	}
}
