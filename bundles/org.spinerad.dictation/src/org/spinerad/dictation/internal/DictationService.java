package org.spinerad.dictation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.spinerad.dictation.Dictation;
import org.spinerad.dictation.DictationSession;
import org.spinerad.model.Report;
import org.spinerad.model.io.ServicePreferences;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.templates.TemplateService;

/**
 * The phrase language of each installed template, built from its form and its
 * {@value #WORDS_FILE}: the department's copy in the department template
 * folder ({@code <folder>/<template id>/dictation.txt}) when there is one,
 * else the plugin's. A department file that cannot be used is reported with
 * its line and the plugin's words apply until it is fixed. A language is
 * rebuilt when the department file changes.
 */
@Component(service = Dictation.class)
public final class DictationService implements Dictation {

	private static final System.Logger LOG = System.getLogger(DictationService.class.getName());

	/** File of a template plugin (in its {@code templates/} folder) with synonyms and spoken forms. */
	public static final String WORDS_FILE = "dictation.txt";

	/** A language with the state of the department file it was built from. */
	private record Built(String stamp, PhraseLanguage language, String problem) {
	}

	private final Map<TemplateProvider, Built> languages = new ConcurrentHashMap<>();

	@Reference
	TemplateRegistry registry;

	/** Knows the department template folder; without it only the plugins' words apply. */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	volatile TemplateService templates;

	@Override
	public DictationSession session(Report report, EditingDomain domain) {
		return new Session(language(provider(report.getTemplateId())), report, domain);
	}

	@Override
	public String grammar(String templateId) {
		return Grammar.jsgf(language(provider(templateId)));
	}

	@Override
	public boolean autoApply() {
		return Boolean.parseBoolean(ServicePreferences.get(PREFERENCE_NODE, AUTO_APPLY, "spinerad.dictation.autoApply", "false").strip());
	}

	@Override
	public Optional<String> problem(String templateId) {
		return Optional.ofNullable(built(provider(templateId)).problem());
	}

	/** @return the phrase language of a template, with the department's words when they are usable */
	public PhraseLanguage language(TemplateProvider provider) {
		return built(provider).language();
	}

	private Built built(TemplateProvider provider) {
		Path override = departmentFile(provider);
		String stamp = stamp(override);
		Built built = languages.get(provider);
		if (built == null || !built.stamp().equals(stamp)) {
			built = build(provider, override, stamp);
			languages.put(provider, built);
		}
		return built;
	}

	/** @return the department's words file of a template, or null when there is none */
	private Path departmentFile(TemplateProvider provider) {
		TemplateService service = templates;
		if (service == null) {
			return null;
		}
		Path file = service.departmentFolder().resolve(provider.id()).resolve(WORDS_FILE);
		return Files.isRegularFile(file) ? file : null;
	}

	private static String stamp(Path file) {
		if (file == null) {
			return "";
		}
		try {
			return file + "@" + Files.getLastModifiedTime(file).toMillis() + "/" + Files.size(file);
		} catch (IOException e) {
			return file + "@unreadable";
		}
	}

	private static Built build(TemplateProvider provider, Path override, String stamp) {
		if (override != null) {
			try {
				return new Built(stamp, PhraseLanguage.of(provider.form(), Files.readAllLines(override, StandardCharsets.UTF_8)), null);
			} catch (IOException | IllegalArgumentException e) {
				String problem = "The department's dictation words " + override + " cannot be used: "
						+ e.getMessage().replaceFirst("^" + WORDS_FILE + " ", "") + ". Fix that line (or remove the file);"
						+ " until then the words shipped with the template apply.";
				LOG.log(System.Logger.Level.WARNING, problem);
				return new Built(stamp, load(provider), problem);
			}
		}
		return new Built(stamp, load(provider), null);
	}

	private TemplateProvider provider(String id) {
		return registry.find(id).orElseThrow(() -> new IllegalArgumentException("no template '" + id
				+ "' is installed; install its plugin or choose another template for the report"));
	}

	/** Builds the phrase language of a template from its form and its plugin's {@value #WORDS_FILE}. */
	public static PhraseLanguage load(TemplateProvider provider) {
		return PhraseLanguage.of(provider.form(), curated(provider));
	}

	/** @return the lines of the template's {@value #WORDS_FILE}, empty when it has none */
	public static List<String> curated(TemplateProvider provider) {
		URL url = provider.templateResource(WORDS_FILE);
		if (url == null) {
			return List.of();
		}
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		} catch (IOException e) {
			throw new IllegalStateException(provider.id() + ": " + WORDS_FILE + " cannot be read: " + e.getMessage(), e);
		}
	}
}
