package org.spinerad.dictation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.spinerad.dictation.DictationResult;
import org.spinerad.model.Report;
import org.spinerad.model.edit.ReportEditingDomain;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.infection.internal.InfectionTemplate;
import org.spinerad.templates.postop.internal.PostopTemplate;
import org.spinerad.templates.tumor.internal.TumorTemplate;

/**
 * The phrase corpus ({@code corpus/phrases.txt}): sections {@code [template]},
 * lines {@code phrase => edit ; edit}, where {@code earlier || phrase} first
 * dictates the earlier phrase and {@code => (nothing)} expects no edit.
 */
public final class Corpus {

	/** One phrase and what it must do. */
	public record Case(String template, String context, String phrase, String expected, int line) {
	}

	public static final Map<String, TemplateProvider> TEMPLATES = Map.of("infection", new InfectionTemplate(), "tumor",
			new TumorTemplate(), "postop", new PostopTemplate());

	private Corpus() {
	}

	public static List<Case> cases() throws IOException {
		List<Case> cases = new ArrayList<>();
		String template = null;
		int n = 0;
		try (InputStream in = Corpus.class.getResourceAsStream("/corpus/phrases.txt")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
				n++;
				String t = line.strip();
				if (t.isEmpty() || t.startsWith("#")) {
					continue;
				}
				if (t.startsWith("[")) {
					template = t.substring(1, t.length() - 1);
					continue;
				}
				String[] pe = t.split("=>", 2);
				String phrase = pe[0].strip();
				String context = null;
				int bars = phrase.indexOf("||");
				if (bars >= 0) {
					context = phrase.substring(0, bars).strip();
					phrase = phrase.substring(bars + 2).strip();
				}
				cases.add(new Case(template, context, phrase, pe[1].strip(), n));
			}
		}
		return cases;
	}

	/** @return the edits a case's phrase made, in the corpus notation */
	public static String run(Case c, Map<String, PhraseLanguage> languages) {
		TemplateProvider provider = TEMPLATES.get(c.template());
		PhraseLanguage language = languages.computeIfAbsent(c.template(), k -> DictationService.load(provider));
		return edits(apply(c, language, c.phrase()));
	}

	/** Dictates a case's context and then the given phrase (typed or as recognized) into a new report. */
	public static DictationResult apply(Case c, PhraseLanguage language, String phrase) {
		Report report = Reports.newDraft("corpus");
		report.setTemplateId(TEMPLATES.get(c.template()).id());
		Session session = new Session(language, report, new ReportEditingDomain());
		if (c.context() != null) {
			session.apply(c.context());
		}
		return session.apply(phrase);
	}

	public static String edits(DictationResult r) {
		return r.edits().isEmpty() ? "(nothing)" : r.edits().stream().map(Object::toString).collect(Collectors.joining(" ; "));
	}

	/** How a radiologist says a typed phrase: numbers in words, disc levels as two vertebrae ("L4-5": "l four l five"). */
	public static String spoken(String typed) {
		List<String> tokens = Words.split(typed);
		List<String> out = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			String t = tokens.get(i);
			if (t.equals("-") || t.equals("/")) {
				boolean numberNext = i + 1 < tokens.size() && tokens.get(i + 1).matches("\\d+");
				if (numberNext && i >= 2 && tokens.get(i - 2).matches("[ctls]")) {
					out.add(tokens.get(i - 2));
				}
				continue;
			}
			if (t.equals("mm")) {
				out.add("millimetres");
			} else if (t.matches("\\d+(\\.\\d+)?")) {
				out.addAll(List.of(Words.spoken(Double.parseDouble(t)).split(" ")));
			} else {
				out.add(t);
			}
		}
		return String.join(" ", out);
	}
}
