package org.spinerad.dicom.report.internal;

import java.util.List;

import org.spinerad.dicom.DataSet;
import org.spinerad.dicom.Tag;
import org.spinerad.dicom.VR;

/** Content items of the SR tree (PS3.3 C.17.3): sections of text, coded items, code sequences. */
final class SrContent {

	private SrContent() {
	}

	static void section(DicomText texts, DataSet root, List<DataSet> content, Codes.Code heading,
			Codes.Code element, List<String> values) {
		DataSet container = item(root, content, "CONTAINS", "CONTAINER", heading);
		container.setString(Tag.ContinuityOfContent, "SEPARATE");
		List<DataSet> children = container.newSequence(Tag.ContentSequence);
		for (String text : values) {
			DataSet item = item(container, children, "CONTAINS", "TEXT", element);
			item.setString(Tag.TextValue, VR.UT, texts.multiline(text));
		}
	}

	static DataSet item(DataSet parent, List<DataSet> content, String relationship, String valueType,
			Codes.Code conceptName) {
		DataSet item = new DataSet(parent);
		content.add(item);
		item.setString(Tag.RelationshipType, relationship);
		item.setString(Tag.ValueType, valueType);
		code(item.addItem(Tag.ConceptNameCodeSequence), conceptName);
		return item;
	}

	static void codeItem(DataSet parent, List<DataSet> content, String relationship, Codes.Code name,
			Codes.Code value) {
		DataSet item = item(parent, content, relationship, "CODE", name);
		code(item.addItem(Tag.ConceptCodeSequence), value);
	}

	static void code(DataSet item, Codes.Code code) {
		item.setString(Tag.CodeValue, code.value());
		item.setString(Tag.CodingSchemeDesignator, code.scheme());
		item.setString(Tag.CodeMeaning, code.meaning());
	}
}
