package org.spinerad.templates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.templates.TemplateProvider;

/**
 * Outside OSGi (benchmarks, tools) all plugins share one class path; a template must still get the
 * files of its own plugin, not those of the first plugin on the path.
 */
class FlatClassPathTest {

	private static final String CLASS_FILE = FixtureTemplate.class.getName().replace('.', '/') + ".class";

	@TempDir
	Path dir;

	@Test
	void aTemplateOnAFlatClassPathReadsItsOwnPluginsFiles() throws Exception {
		Path other = jar("other.jar", Map.of("templates/words.txt", "the other plugin's words".getBytes(StandardCharsets.UTF_8),
				"templates/only-other.txt", "not ours".getBytes(StandardCharsets.UTF_8)));
		Path own;
		try (InputStream in = FixtureTemplate.class.getClassLoader().getResourceAsStream(CLASS_FILE)) {
			own = jar("own.jar", Map.of(CLASS_FILE, in.readAllBytes(),
					"templates/words.txt", "this plugin's words".getBytes(StandardCharsets.UTF_8)));
		}
		try (FlatClassPath path = new FlatClassPath(new URL[] { other.toUri().toURL(), own.toUri().toURL() },
				FixtureTemplate.class.getClassLoader())) {
			TemplateProvider template = (TemplateProvider) path.loadClass(FixtureTemplate.class.getName())
					.getConstructor().newInstance();
			assertEquals(path, template.getClass().getClassLoader(), "the template is loaded from the flat path");
			assertEquals("the other plugin's words", text(path.getResource("templates/words.txt")),
					"the class path alone finds the first plugin's file");

			assertEquals("this plugin's words", text(template.templateResource("words.txt")));
			assertNull(template.templateResource("only-other.txt"), "another plugin's file is not the template's");
			assertNull(template.templateResource("../templates/words.txt"));
		}
	}

	private Path jar(String name, Map<String, byte[]> entries) throws IOException {
		Path jar = dir.resolve(name);
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				out.putNextEntry(new JarEntry(entry.getKey()));
				out.write(entry.getValue());
				out.closeEntry();
			}
		}
		return jar;
	}

	private static String text(URL url) throws IOException {
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** One class path of jars, searched before the parent that lends it the template API. */
	private static final class FlatClassPath extends URLClassLoader {

		FlatClassPath(URL[] urls, ClassLoader api) {
			super(urls, api);
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			synchronized (getClassLoadingLock(name)) {
				Class<?> loaded = findLoadedClass(name);
				if (loaded != null) {
					return loaded;
				}
				try {
					return findClass(name);
				} catch (ClassNotFoundException e) {
					return super.loadClass(name, resolve);
				}
			}
		}

		@Override
		public URL getResource(String name) {
			URL url = findResource(name);
			return url != null ? url : super.getResource(name);
		}
	}
}
