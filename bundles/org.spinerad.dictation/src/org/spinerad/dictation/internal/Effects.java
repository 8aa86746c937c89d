package org.spinerad.dictation.internal;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EEnum;
import org.spinerad.dictation.internal.PhraseLanguage.FieldInfo;
import org.spinerad.model.RegionKind;
import org.spinerad.model.edit.Vocabulary;

/**
 * What a completion sets, told in the clinician's words: the effect of a
 * candidate ({@code t1Reference = muscle, region bone_marrow}) becomes
 * "T1 compared with: muscle, Bone marrow" with the labels of the vocabulary,
 * so no field name or stored literal reaches the user.
 */
final class Effects {

	private static final String SET = " = ";
	private static final String REGION = "region ";
	private static final String TEXT = " (text)";

	private final PhraseLanguage language;

	Effects(PhraseLanguage language) {
		this.language = language;
	}

	/** @return the effect in words; a part it does not know is kept as it is */
	String shown(String effect) {
		List<String> parts = new ArrayList<>();
		for (String part : effect.split(", ")) {
			parts.add(part(part));
		}
		return String.join(", ", parts);
	}

	private String part(String part) {
		if (part.startsWith(REGION)) {
			RegionKind region = RegionKind.get(part.substring(REGION.length()));
			return region == null ? part : Vocabulary.label(region);
		}
		if (part.endsWith(TEXT)) {
			FieldInfo field = language.fields().get(part.substring(0, part.length() - TEXT.length()));
			return field == null ? part : Vocabulary.label(field.source()) + TEXT;
		}
		int set = part.indexOf(SET);
		if (set < 0) {
			return part;
		}
		FieldInfo field = language.fields().get(part.substring(0, set));
		if (field == null) {
			return part;
		}
		return Vocabulary.label(field.source()) + ": " + value(field, part.substring(set + SET.length()));
	}

	private static String value(FieldInfo field, String value) {
		return switch (value) {
		case "true" -> "yes";
		case "false" -> "no";
		default -> field.source().getEType() instanceof EEnum e && e.getEEnumLiteralByLiteral(value) != null
				? Vocabulary.label(e, value)
				: value;
		};
	}
}
