package org.spinerad.dictation.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recognizer process is bounded in time: one that does not answer is killed, and the user told. */
class BatchDecoderTest {

	@TempDir
	Path dir;

	@Test
	void aDecoderThatDoesNotAnswerInTimeIsKilled() throws Exception {
		Path silent = dir.resolve("silent-decoder");
		Files.writeString(silent, "#!/bin/sh\nexec sleep 3607\n"); // takes the decoder's arguments, never answers
		assertTrue(silent.toFile().setExecutable(true));
		BatchDecoder decoder = new BatchDecoder(silent.toString(), SphinxRecognizer.MODEL.resolve("en-us"), dir, List.of());
		ProcessHandle process = running("3607", Duration.ofSeconds(5)).orElseThrow();

		IOException late = assertThrows(IOException.class, () -> decoder.decodeWhole(new byte[32_000], 1_000));

		assertTrue(late.getMessage().startsWith("the speech recognizer did not finish within 1 s and was stopped"),
				late.getMessage());
		process.onExit().get(5, TimeUnit.SECONDS);
		assertFalse(process.isAlive(), "the decoder process still runs");
		assertFalse(decoder.alive());
	}

	/** @return the process of this test run whose arguments end in the given one, once it has started */
	private static Optional<ProcessHandle> running(String argument, Duration wait) throws InterruptedException {
		long deadline = System.nanoTime() + wait.toNanos();
		while (System.nanoTime() < deadline) {
			Optional<ProcessHandle> found = ProcessHandle.current().descendants()
					.filter(p -> p.info().arguments().map(a -> a.length > 0 && a[a.length - 1].equals(argument)).orElse(false))
					.findFirst();
			if (found.isPresent()) {
				return found;
			}
			Thread.sleep(20);
		}
		return Optional.empty();
	}
}
