package org.spinerad.dicom.report.internal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading the DICOM JSON model (PS3.18 F.2): {"0020000D": {"vr": "UI", "Value": ["1.2.3"]}}. */
public final class DicomJson {

	private DicomJson() {
	}

	private static JsonNode values(JsonNode dataSet, String tag) {
		JsonNode attribute = dataSet.get(tag);
		if (attribute == null) {
			attribute = dataSet.get(tag.toLowerCase(java.util.Locale.ROOT));
		}
		if (attribute == null || !attribute.isObject()) {
			return null;
		}
		JsonNode values = attribute.get("Value");
		return values != null && values.isArray() && values.size() > 0 ? values : null;
	}

	/** @return the first value as text (numbers too), or null */
	public static String string(JsonNode dataSet, String tag) {
		JsonNode values = values(dataSet, tag);
		if (values == null || values.get(0).isNull() || values.get(0).isObject()) {
			return null;
		}
		String s = values.get(0).asText().strip();
		return s.isEmpty() ? null : s;
	}

	/** @return all values as text */
	public static List<String> strings(JsonNode dataSet, String tag) {
		List<String> list = new ArrayList<>();
		JsonNode values = values(dataSet, tag);
		if (values != null) {
			for (JsonNode v : values) {
				if (!v.isNull() && !v.isObject() && !v.asText().isBlank()) {
					list.add(v.asText().strip());
				}
			}
		}
		return list;
	}

	/** @return the first value as an integer, or null */
	public static Integer integer(JsonNode dataSet, String tag) {
		JsonNode values = values(dataSet, tag);
		if (values == null) {
			return null;
		}
		JsonNode v = values.get(0);
		if (v.isNumber()) {
			return v.asInt();
		}
		try {
			return Integer.valueOf(v.asText().strip());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** @return the alphabetic group of the first Person Name, or null */
	public static String personName(JsonNode dataSet, String tag) {
		JsonNode values = values(dataSet, tag);
		if (values == null) {
			return null;
		}
		JsonNode v = values.get(0);
		if (v.isObject()) {
			JsonNode alphabetic = v.get("Alphabetic");
			return alphabetic == null || alphabetic.asText().isBlank() ? null : alphabetic.asText();
		}
		return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
	}

	/** @return the items of a sequence */
	public static List<JsonNode> items(JsonNode dataSet, String tag) {
		List<JsonNode> list = new ArrayList<>();
		JsonNode values = values(dataSet, tag);
		if (values != null) {
			values.forEach(v -> {
				if (v.isObject()) {
					list.add(v);
				}
			});
		}
		return list;
	}
}
