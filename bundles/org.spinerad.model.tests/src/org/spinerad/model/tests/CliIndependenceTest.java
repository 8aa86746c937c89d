package org.spinerad.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.spinerad.model.io.ReportIO;

/**
 * The model works without the CLI bundle: only the commands in
 * {@code org.spinerad.model.internal.cli} use it, and its import is optional.
 */
class CliIndependenceTest {

	private final Bundle model = FrameworkUtil.getBundle(ReportIO.class);

	@Test
	void theImportOfTheCliIsOptional() {
		String imports = model.getHeaders().get("Import-Package");
		assertTrue(imports.matches("(?s).*org\\.spinerad\\.cli;version=\"[^\"]*\";resolution:=optional.*"), imports);
		assertEquals(null, model.getHeaders().get("Require-Bundle").contains("org.spinerad.cli") ? "required" : null);
	}

	@Test
	void onlyTheCommandsUseTheCli() throws Exception {
		List<String> users = new ArrayList<>();
		Enumeration<URL> classes = model.findEntries("/org/spinerad/model", "*.class", true);
		while (classes.hasMoreElements()) {
			URL url = classes.nextElement();
			if (url.getPath().contains("/org/spinerad/model/internal/cli/") || url.getPath().contains("/tests/")) {
				continue;
			}
			try (InputStream in = url.openStream()) {
				if (new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).contains("org/spinerad/cli/")) {
					users.add(url.getPath());
				}
			}
		}
		assertEquals(List.of(), users, "model classes outside internal.cli that need the CLI bundle");
	}
}
