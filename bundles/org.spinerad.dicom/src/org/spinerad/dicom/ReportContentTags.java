package org.spinerad.dicom;

/**
 * Tags of the request and of structured report content (groups 0032 and
 * 0040): verification, content items and templates. Use them through
 * {@link Tag}.
 */
interface ReportContentTags {

	/** (0032,000C) CS StudyPriorityID (retired; HIGH, MED, LOW) */
	int StudyPriorityID = 0x0032000C;

	/** (0032,1030) LO ReasonForStudy (retired) */
	int ReasonForStudy = 0x00321030;

	/** (0032,1060) LO RequestedProcedureDescription */
	int RequestedProcedureDescription = 0x00321060;

	/** (0032,1064) SQ RequestedProcedureCodeSequence */
	int RequestedProcedureCodeSequence = 0x00321064;

	/** (0032,1066) UT ReasonForVisit */
	int ReasonForVisit = 0x00321066;

	/** (0040,0275) SQ RequestAttributesSequence */
	int RequestAttributesSequence = 0x00400275;

	/** (0040,1001) SH RequestedProcedureID */
	int RequestedProcedureID = 0x00401001;

	/** (0040,1002) LO ReasonForTheRequestedProcedure */
	int ReasonForTheRequestedProcedure = 0x00401002;

	/** (0040,1003) SH RequestedProcedurePriority (STAT, HIGH, ROUTINE, MEDIUM, LOW) */
	int RequestedProcedurePriority = 0x00401003;

	/** (0040,2016) LO PlacerOrderNumberImagingServiceRequest */
	int PlacerOrderNumberImagingServiceRequest = 0x00402016;

	/** (0040,2017) LO FillerOrderNumberImagingServiceRequest */
	int FillerOrderNumberImagingServiceRequest = 0x00402017;

	/** (0040,A010) CS RelationshipType */
	int RelationshipType = 0x0040A010;

	/** (0040,A027) LO VerifyingOrganization */
	int VerifyingOrganization = 0x0040A027;

	/** (0040,A030) DT VerificationDateTime */
	int VerificationDateTime = 0x0040A030;

	/** (0040,A032) DT ObservationDateTime */
	int ObservationDateTime = 0x0040A032;

	/** (0040,A040) CS ValueType */
	int ValueType = 0x0040A040;

	/** (0040,A043) SQ ConceptNameCodeSequence */
	int ConceptNameCodeSequence = 0x0040A043;

	/** (0040,A050) CS ContinuityOfContent */
	int ContinuityOfContent = 0x0040A050;

	/** (0040,A073) SQ VerifyingObserverSequence */
	int VerifyingObserverSequence = 0x0040A073;

	/** (0040,A075) PN VerifyingObserverName */
	int VerifyingObserverName = 0x0040A075;

	/** (0040,A088) SQ VerifyingObserverIdentificationCodeSequence */
	int VerifyingObserverIdentificationCodeSequence = 0x0040A088;

	/** (0040,A120) DT DateTime */
	int DateTime = 0x0040A120;

	/** (0040,A121) DA Date */
	int Date = 0x0040A121;

	/** (0040,A122) TM Time */
	int Time = 0x0040A122;

	/** (0040,A123) PN PersonName */
	int PersonName = 0x0040A123;

	/** (0040,A124) UI UID */
	int UID = 0x0040A124;

	/** (0040,A160) UT TextValue */
	int TextValue = 0x0040A160;

	/** (0040,A168) SQ ConceptCodeSequence */
	int ConceptCodeSequence = 0x0040A168;

	/** (0040,A360) SQ PredecessorDocumentsSequence */
	int PredecessorDocumentsSequence = 0x0040A360;

	/** (0040,A370) SQ ReferencedRequestSequence */
	int ReferencedRequestSequence = 0x0040A370;

	/** (0040,A372) SQ PerformedProcedureCodeSequence */
	int PerformedProcedureCodeSequence = 0x0040A372;

	/** (0040,A375) SQ CurrentRequestedProcedureEvidenceSequence */
	int CurrentRequestedProcedureEvidenceSequence = 0x0040A375;

	/** (0040,A491) CS CompletionFlag */
	int CompletionFlag = 0x0040A491;

	/** (0040,A492) LO CompletionFlagDescription */
	int CompletionFlagDescription = 0x0040A492;

	/** (0040,A493) CS VerificationFlag */
	int VerificationFlag = 0x0040A493;

	/** (0040,A496) CS PreliminaryFlag */
	int PreliminaryFlag = 0x0040A496;

	/** (0040,A504) SQ ContentTemplateSequence */
	int ContentTemplateSequence = 0x0040A504;

	/** (0040,A730) SQ ContentSequence */
	int ContentSequence = 0x0040A730;

	/** (0040,DB00) CS TemplateIdentifier */
	int TemplateIdentifier = 0x0040DB00;
}
