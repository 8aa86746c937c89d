package org.spinerad.dictation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spinerad.dictation.Dictation;
import org.spinerad.dictation.DictationSession;
import org.spinerad.model.Report;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateRegistry;

/** The phrase language of each installed template, built once per template plugin. */
@Component(service = Dictation.class)
public final class DictationService implements Dictation {

	/** File of a template plugin (in its {@code templates/} folder) with synonyms and spoken forms. */
	public static final String WORDS_FILE = "dictation.txt";

	private final Map<TemplateProvider, PhraseLanguage> languages = new ConcurrentHashMap<>();

	@Reference
	TemplateRegistry registry;

	@Override
	public DictationSession session(Report report, EditingDomain domain) {
		return new Session(language(provider(report.getTemplateId())), report, domain);
	}

	@Override
	public String grammar(String templateId) {
		return Grammar.jsgf(language(provider(templateId)));
	}

	/** @return the phrase language of a template */
	public PhraseLanguage language(TemplateProvider provider) {
		return languages.computeIfAbsent(provider, DictationService::load);
	}

	private TemplateProvider provider(String id) {
		return registry.find(id).orElseThrow(() -> new IllegalArgumentException("no template '" + id
				+ "' is installed; install its plugin or choose another template for the report"));
	}

	/** Builds the phrase language of a template from its form and its {@value #WORDS_FILE}. */
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
