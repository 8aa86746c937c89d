package org.spinerad.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The committed src-gen/ equals what EMF generates from the committed model. */
class GeneratedCodeIsCurrentTest {

	private static Path root() {
		return Path.of(System.getProperty("spinerad.root", "../..")).toAbsolutePath().normalize();
	}

	@Test
	void committedGeneratedCodeEqualsAFreshGeneration() throws Exception {
		Path modelSrcGen = root().resolve("bundles/org.spinerad.model/src-gen");
		assertTrue(Files.isDirectory(modelSrcGen), "src-gen of the model is committed");
		List<String> differences = Regenerate.check(root());
		assertEquals(List.of(), differences,
				"regenerate with ./mvnw -q -f releng/org.spinerad.codegen compile exec:java and commit the result");
	}
}
