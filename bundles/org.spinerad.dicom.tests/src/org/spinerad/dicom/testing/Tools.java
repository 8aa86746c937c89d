package org.spinerad.dicom.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The independent DICOM tools the tests hold the codec to: DCMTK (dump2dcm,
 * dcmdump, dsrdump, dcmmkdir) and dicom3tools (dciodvfy), from Debian. A
 * missing tool fails the test with how to install it; tests never skip.
 */
public final class Tools {

	private Tools() {
	}

	/** Output of a tool run. */
	public record Result(int exitCode, String out, String err) {
		/** @return standard output and error together */
		public String all() {
			return out + err;
		}
	}

	/** @return the path of a tool in /usr/bin, failing the test when it is missing */
	public static Path tool(String name) {
		Path path = Path.of("/usr/bin", name);
		if (!Files.isExecutable(path)) {
			String pkg = name.equals("dciodvfy") ? "dicom3tools" : "dcmtk";
			fail(name + " is missing at " + path + ": install the Debian package " + pkg
					+ " (apt-get install " + pkg + "; releng/scripts/setup.sh does this)");
		}
		return path;
	}

	/** Runs a tool (first argument a tool name in /usr/bin) with a 60 s limit. */
	public static Result run(String name, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(tool(name).toString());
		command.addAll(Arrays.asList(args));
		Path out = Files.createTempFile("tool-out", ".txt");
		Path err = Files.createTempFile("tool-err", ".txt");
		try {
			Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
					.start();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				fail(String.join(" ", command) + " did not finish within 60 s");
			}
			return new Result(process.exitValue(), text(out), text(err));
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	/** Tool output as UTF-8 (dcmdump +U8 and dsrdump +U8 convert values to UTF-8). */
	private static String text(Path file) throws IOException {
		return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
	}

	/**
	 * Makes a DICOM file with DCMTK's dump2dcm (an independent writer) from dump
	 * text.
	 *
	 * @param dump     dcmdump-style text, e.g. {@code (0010,0010) PN [DOE^JANE]}
	 * @param encoding how the dump's characters become bytes (the bytes go into
	 *                 the values unchanged)
	 * @param options  dump2dcm options, e.g. {@code +te} (explicit VR), {@code +ti}
	 *                 (implicit VR), {@code -e} (undefined lengths)
	 */
	public static Path dump2dcm(Path dir, String name, String dump, Charset encoding, String... options)
			throws IOException, InterruptedException {
		Path dumpFile = dir.resolve(name + ".dump");
		Files.write(dumpFile, dump.getBytes(encoding));
		Path file = dir.resolve(name);
		List<String> args = new ArrayList<>(Arrays.asList(options));
		args.add(dumpFile.toString());
		args.add(file.toString());
		Result result = run("dump2dcm", args.toArray(String[]::new));
		assertEquals(0, result.exitCode(), () -> "dump2dcm failed for " + name + ":\n" + result.all());
		Files.delete(dumpFile);
		return file;
	}

	/** Makes a file with dump2dcm from ASCII dump text. */
	public static Path dump2dcm(Path dir, String name, String dump, String... options)
			throws IOException, InterruptedException {
		return dump2dcm(dir, name, dump, StandardCharsets.US_ASCII, options);
	}

	/**
	 * Dumps a file with DCMTK's dcmdump and fails when dcmdump reports an error
	 * or a warning about the encoding.
	 *
	 * @return the dump
	 */
	public static String dcmdump(Path file) throws IOException, InterruptedException {
		Result result = run("dcmdump", "-dc", "+U8", file.toString());
		assertEquals(0, result.exitCode(), () -> "dcmdump cannot read " + file + ":\n" + result.all());
		assertTrue(!result.err().contains("E: ") && !result.err().contains("W: "),
				() -> "dcmdump complains about " + file + ":\n" + result.err());
		return result.out();
	}
}
