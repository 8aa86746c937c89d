package org.spinerad.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.Sex;
import org.spinerad.model.StudyPriority;
import org.spinerad.store.ReportSummary;

/**
 * Reads the summary of a stored XMI report by streaming its first elements
 * (the report, patient and study attributes) without building the model.
 */
final class SummaryReader {

	private static final XMLInputFactory FACTORY = newFactory();

	private static XMLInputFactory newFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		return factory;
	}

	private SummaryReader() {
	}

	static ReportSummary read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
			try {
				String id = null;
				ReportStatus status = ReportStatus.DRAFT;
				Date modified = null;
				String template = null;
				String name = null;
				String patientId = null;
				String accession = null;
				Date studyDate = null;
				String description = null;
				Sex sex = null;
				Date birthDate = null;
				Integer age = null;
				StudyPriority priority = null;
				int depth = 0;
				boolean patientSeen = false;
				boolean studySeen = false;
				while (xml.hasNext()) {
					int event = xml.next();
					if (event == XMLStreamConstants.START_ELEMENT) {
						depth++;
						String element = xml.getLocalName();
						if (depth == 1) {
							id = xml.getAttributeValue(null, "id");
							String s = xml.getAttributeValue(null, "status");
							if (s != null) {
								ReportStatus parsed = ReportStatus.get(s);
								if (parsed == null) {
									throw new IOException("unknown status '" + s + "'");
								}
								status = parsed;
							}
							modified = date(xml.getAttributeValue(null, "modifiedAt"));
							template = xml.getAttributeValue(null, "templateId");
						} else if (depth == 2 && element.equals("patient")) {
							name = xml.getAttributeValue(null, "name");
							patientId = xml.getAttributeValue(null, "patientId");
							sex = Sex.get(String.valueOf(xml.getAttributeValue(null, "sex")));
							birthDate = date(xml.getAttributeValue(null, "birthDate"));
							age = age(xml.getAttributeValue(null, "ageYears"));
							patientSeen = true;
						} else if (depth == 2 && element.equals("study")) {
							accession = xml.getAttributeValue(null, "accessionNumber");
							studyDate = date(xml.getAttributeValue(null, "studyDateTime"));
							description = xml.getAttributeValue(null, "studyDescription");
							priority = StudyPriority.get(String.valueOf(xml.getAttributeValue(null, "priority")));
							studySeen = true;
						} else if (depth == 2 && patientSeen && studySeen) {
							break;
						}
					} else if (event == XMLStreamConstants.END_ELEMENT) {
						depth--;
					}
				}
				if (id == null) {
					throw new IOException("no report id");
				}
				return new ReportSummary(id, status, name, patientId, accession, studyDate, description, modified,
						template, sex, birthDate, age, priority);
			} finally {
				xml.close();
			}
		} catch (XMLStreamException | IllegalArgumentException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private static Integer age(String value) {
		try {
			return value == null ? null : Integer.valueOf(value.strip());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static Date date(String value) {
		return value == null ? null : (Date) EcoreUtil.createFromString(EcorePackage.Literals.EDATE, value);
	}
}
