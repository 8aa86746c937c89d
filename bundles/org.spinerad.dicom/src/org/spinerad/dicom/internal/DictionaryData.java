package org.spinerad.dicom.internal;

/**
 * The data dictionary of the attributes this product reads or writes, from
 * DICOM PS3.6 (registry of data elements) and PS3.7 (command group is not
 * used): tag, VR, keyword. One line per attribute; elements whose VR depends
 * on context (US or SS, OB or OW) carry the VR used when reading Implicit VR
 * Little Endian.
 */
public final class DictionaryData {

	private DictionaryData() {
	}

	/** "ggggeeee VR Keyword" lines. */
	public static final String TABLE = """
			00020000 UL FileMetaInformationGroupLength
			00020001 OB FileMetaInformationVersion
			00020002 UI MediaStorageSOPClassUID
			00020003 UI MediaStorageSOPInstanceUID
			00020010 UI TransferSyntaxUID
			00020012 UI ImplementationClassUID
			00020013 SH ImplementationVersionName
			00020016 AE SourceApplicationEntityTitle
			00041130 CS FileSetID
			00041200 UL OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity
			00041202 UL OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity
			00041212 US FileSetConsistencyFlag
			00041220 SQ DirectoryRecordSequence
			00041400 UL OffsetOfTheNextDirectoryRecord
			00041410 US RecordInUseFlag
			00041420 UL OffsetOfReferencedLowerLevelDirectoryEntity
			00041430 CS DirectoryRecordType
			00041500 CS ReferencedFileID
			00041510 UI ReferencedSOPClassUIDInFile
			00041511 UI ReferencedSOPInstanceUIDInFile
			00041512 UI ReferencedTransferSyntaxUIDInFile
			00080005 CS SpecificCharacterSet
			00080008 CS ImageType
			00080012 DA InstanceCreationDate
			00080013 TM InstanceCreationTime
			00080014 UI InstanceCreatorUID
			00080016 UI SOPClassUID
			00080018 UI SOPInstanceUID
			00080020 DA StudyDate
			00080021 DA SeriesDate
			00080022 DA AcquisitionDate
			00080023 DA ContentDate
			00080030 TM StudyTime
			00080031 TM SeriesTime
			00080032 TM AcquisitionTime
			00080033 TM ContentTime
			00080050 SH AccessionNumber
			00080054 AE RetrieveAETitle
			00080056 CS InstanceAvailability
			00080060 CS Modality
			00080061 CS ModalitiesInStudy
			00080070 LO Manufacturer
			00080080 LO InstitutionName
			00080090 PN ReferringPhysicianName
			00080100 SH CodeValue
			00080102 SH CodingSchemeDesignator
			00080103 SH CodingSchemeVersion
			00080104 LO CodeMeaning
			00080105 CS MappingResource
			00080201 SH TimezoneOffsetFromUTC
			00081030 LO StudyDescription
			0008103E LO SeriesDescription
			00081040 LO InstitutionalDepartmentName
			00081090 LO ManufacturerModelName
			00081110 SQ ReferencedStudySequence
			00081111 SQ ReferencedPerformedProcedureStepSequence
			00081115 SQ ReferencedSeriesSequence
			00081150 UI ReferencedSOPClassUID
			00081155 UI ReferencedSOPInstanceUID
			00081190 UR RetrieveURL
			00081197 US FailureReason
			00081198 SQ FailedSOPSequence
			00081199 SQ ReferencedSOPSequence
			00100010 PN PatientName
			00100020 LO PatientID
			00100030 DA PatientBirthDate
			00100040 CS PatientSex
			00101010 AS PatientAge
			00101030 DS PatientWeight
			00180010 LO ContrastBolusAgent
			00180015 CS BodyPartExamined
			00180020 CS ScanningSequence
			00180021 CS SequenceVariant
			00180022 CS ScanOptions
			00180024 SH SequenceName
			00180050 DS SliceThickness
			00180080 DS RepetitionTime
			00180081 DS EchoTime
			00180082 DS InversionTime
			00180087 DS MagneticFieldStrength
			00181020 LO SoftwareVersions
			00181030 LO ProtocolName
			00181040 LO ContrastBolusRoute
			00181041 DS ContrastBolusVolume
			00181042 TM ContrastBolusStartTime
			00181043 TM ContrastBolusStopTime
			00181044 DS ContrastBolusTotalDose
			00181048 CS ContrastBolusIngredient
			00181049 DS ContrastBolusIngredientConcentration
			0020000D UI StudyInstanceUID
			0020000E UI SeriesInstanceUID
			00200010 SH StudyID
			00200011 IS SeriesNumber
			00200013 IS InstanceNumber
			00200032 DS ImagePositionPatient
			00200037 DS ImageOrientationPatient
			00201206 IS NumberOfStudyRelatedSeries
			00201208 IS NumberOfStudyRelatedInstances
			00280002 US SamplesPerPixel
			00280004 CS PhotometricInterpretation
			00280010 US Rows
			00280011 US Columns
			00280100 US BitsAllocated
			00280101 US BitsStored
			00280102 US HighBit
			00280103 US PixelRepresentation
			00321060 LO RequestedProcedureDescription
			00321064 SQ RequestedProcedureCodeSequence
			00401001 SH RequestedProcedureID
			00402016 LO PlacerOrderNumberImagingServiceRequest
			00402017 LO FillerOrderNumberImagingServiceRequest
			0040A010 CS RelationshipType
			0040A027 LO VerifyingOrganization
			0040A030 DT VerificationDateTime
			0040A032 DT ObservationDateTime
			0040A040 CS ValueType
			0040A043 SQ ConceptNameCodeSequence
			0040A050 CS ContinuityOfContent
			0040A073 SQ VerifyingObserverSequence
			0040A075 PN VerifyingObserverName
			0040A088 SQ VerifyingObserverIdentificationCodeSequence
			0040A120 DT DateTime
			0040A121 DA Date
			0040A122 TM Time
			0040A123 PN PersonName
			0040A124 UI UID
			0040A160 UT TextValue
			0040A168 SQ ConceptCodeSequence
			0040A360 SQ PredecessorDocumentsSequence
			0040A370 SQ ReferencedRequestSequence
			0040A372 SQ PerformedProcedureCodeSequence
			0040A375 SQ CurrentRequestedProcedureEvidenceSequence
			0040A491 CS CompletionFlag
			0040A492 LO CompletionFlagDescription
			0040A493 CS VerificationFlag
			0040A496 CS PreliminaryFlag
			0040A504 SQ ContentTemplateSequence
			0040A730 SQ ContentSequence
			0040DB00 CS TemplateIdentifier
			7FE00008 OF FloatPixelData
			7FE00009 OD DoubleFloatPixelData
			7FE00010 OW PixelData
			FFFAFFFA SQ DigitalSignaturesSequence
			FFFCFFFC OB DataSetTrailingPadding
			""";
}
