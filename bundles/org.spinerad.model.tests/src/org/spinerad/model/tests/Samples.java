package org.spinerad.model.tests;

import java.time.Instant;
import java.util.Date;

import org.spinerad.model.CollectionType;
import org.spinerad.model.Component;
import org.spinerad.model.ContrastAdministration;
import org.spinerad.model.ContrastAgent;
import org.spinerad.model.CordEffect;
import org.spinerad.model.DiscFinding;
import org.spinerad.model.Enhancement;
import org.spinerad.model.EnhancementIntensity;
import org.spinerad.model.EnhancementPattern;
import org.spinerad.model.EnhancementPresence;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.ImpressionCategory;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.LesionCenter;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.Sequence;
import org.spinerad.model.Severity;
import org.spinerad.model.Sex;
import org.spinerad.model.SignalIntensity;
import org.spinerad.model.SpineSegment;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;

/** Reports built in code for tests: a valid infection report to break in one place at a time. */
public final class Samples {

	private static final ReportFactory F = ReportFactory.eINSTANCE;

	private Samples() {
	}

	public static Date time(String instant) {
		return Date.from(Instant.parse(instant));
	}

	public static Enhancement enhancement(EnhancementPresence presence, EnhancementIntensity intensity,
			EnhancementPattern pattern) {
		Enhancement e = F.createEnhancement();
		e.setPresence(presence);
		e.setIntensity(intensity);
		e.setPattern(pattern);
		return e;
	}

	/** A complete, valid draft: L3-L4 spondylodiscitis with a ventral epidural abscess. */
	public static Report infection() {
		Report report = Reports.newDraft("Dr. A. Author");
		report.setId("sample-infection");
		report.setTemplateId("org.spinerad.templates.infection");
		report.setTemplateVersion("1.0.0");
		report.getPatient().setName("TEST^PATIENT");
		report.getPatient().setPatientId("PID-0001");
		report.getPatient().setSex(Sex.MALE);
		report.getPatient().setWeightKg(82.0);
		report.getPatient().setBirthDate(time("1965-03-01T00:00:00Z"));
		report.getStudy().setAccessionNumber("ACC-1001");
		report.getStudy().setStudyInstanceUid("2.25.1234567890");
		report.getStudy().setStudyDateTime(time("2026-11-20T09:30:00Z"));
		report.getStudy().setStudyDescription("MRI lumbar spine with contrast");
		report.getStudy().setClinicalIndication("Fever, back pain, raised CRP.");
		report.getExam().setRegionImaged(SpineSegment.LUMBAR);
		report.getExam().setFieldStrengthTesla(1.5);
		Sequence post = F.createSequence();
		post.setName("sag T1 FS post");
		post.setPostContrast(true);
		post.setFatSuppressed(true);
		post.setMinutesAfterInjection(3.0);
		report.getExam().getSequences().add(post);
		ContrastAdministration contrast = report.getExam().getContrast();
		contrast.setAgent(ContrastAgent.GADOBUTROL);
		contrast.setConcentrationMmolPerMl(1.0);
		contrast.setDoseMmolPerKg(0.1);
		contrast.setVolumeMl(8.2);
		contrast.setMinutesAfterInjection(3.0);

		MarrowFinding marrow = F.createMarrowFinding();
		marrow.setId("F1");
		marrow.setFrom(SpineLevel.valueOf("L3"));
		marrow.setTo(SpineLevel.valueOf("L4"));
		marrow.setT1(SignalIntensity.HYPO);
		marrow.setStir(SignalIntensity.HYPER);
		marrow.setEnhancement(enhancement(EnhancementPresence.PRESENT, EnhancementIntensity.MODERATE,
				EnhancementPattern.DIFFUSE));
		Reports.region(report, RegionKind.BONE_MARROW).orElseThrow().getFindings().add(marrow);

		DiscFinding disc = F.createDiscFinding();
		disc.setId("F2");
		disc.setFrom(SpineLevel.valueOf("L3-L4"));
		disc.setT2(SignalIntensity.FLUID_HYPER);
		disc.setHeightLossPercent(50);
		Reports.region(report, RegionKind.DISC).orElseThrow().getFindings().add(disc);

		EpiduralFinding epidural = F.createEpiduralFinding();
		epidural.setId("F3");
		epidural.setFrom(SpineLevel.valueOf("L2"));
		epidural.setTo(SpineLevel.valueOf("L4"));
		epidural.setClassification(CollectionType.MIXED);
		epidural.setCanalCompromise(Severity.SEVERE);
		epidural.setCordEffect(CordEffect.NOT_APPLICABLE_BELOW_CONUS);
		epidural.setCaudaEquinaCompression(true);
		epidural.setCritical(true);
		Component abscess = F.createComponent();
		abscess.setType(CollectionType.ABSCESS);
		abscess.setFrom(SpineLevel.valueOf("L3-L4"));
		abscess.setApMm(9.0);
		abscess.setTransverseMm(18.0);
		abscess.setCraniocaudalMm(32.0);
		Enhancement rim = enhancement(EnhancementPresence.PRESENT, EnhancementIntensity.AVID, EnhancementPattern.RIM);
		rim.setCenter(LesionCenter.FLUID);
		abscess.setEnhancement(rim);
		epidural.getComponents().add(abscess);
		epidural.setRemark("Remark kept verbatim: crowding of cauda equina roots.");
		Reports.region(report, RegionKind.EPIDURAL).orElseThrow().getFindings().add(epidural);

		ImpressionItem first = F.createImpressionItem();
		first.setText("Ventral epidural abscess at L3-L4 with severe compression of the thecal sac.");
		first.setCritical(true);
		first.setCategory(ImpressionCategory.EPIDURAL_ABSCESS);
		first.getFindings().add(epidural);
		ImpressionItem second = F.createImpressionItem();
		second.setText("Discitis-osteomyelitis at L3-L4.");
		second.setCategory(ImpressionCategory.INFECTION);
		second.getFindings().add(disc);
		second.getFindings().add(marrow);
		report.getImpression().add(first);
		report.getImpression().add(second);
		report.getRecommendations().add("Urgent spine surgical consultation.");

		org.spinerad.model.CriticalCommunication record = F.createCriticalCommunication();
		record.setCommunicatedBy("Dr. A. Author");
		record.setRecipientName("Dr. B. Surgeon");
		record.setRecipientRole("on-call spine surgeon");
		record.setMethod(org.spinerad.model.CommunicationMethod.PHONE);
		record.setDateTime(time("2026-11-20T10:05:00Z"));
		record.setReadBackConfirmed(true);
		record.setAcrCategory(1);
		record.getFindings().add(epidural);
		report.getCommunications().add(record);
		return report;
	}
}
