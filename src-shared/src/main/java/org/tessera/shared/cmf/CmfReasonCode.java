package org.tessera.shared.cmf;

/**
 * Why a credential is not CMF conformant. Stable codes: never renamed, only added.
 *
 * <table>
 *   <caption>Reason codes</caption>
 *   <tr><th>code</th><th>when</th></tr>
 *   <tr><td>{@code MALFORMED_CREDENTIAL}</td><td>the input is not a JSON object</td></tr>
 *   <tr><td>{@code MISSING_TITLE}</td><td>no achievement name (nor credential name)</td></tr>
 *   <tr><td>{@code MISSING_AWARDING_BODY}</td><td>no issuer name</td></tr>
 *   <tr><td>{@code MISSING_ISSUER_COUNTRY}</td><td>no issuer address country (code)</td></tr>
 *   <tr><td>{@code MISSING_LEARNING_OUTCOMES}</td><td>no learning outcome with a title</td></tr>
 *   <tr><td>{@code MISSING_WORKLOAD}</td><td>no positive ISO 8601 {@code volumeOfLearning}
 *       convertible to hours</td></tr>
 *   <tr><td>{@code WORKLOAD_OUT_OF_RANGE}</td><td>hours outside the policy range</td></tr>
 *   <tr><td>{@code MISSING_ECTS}</td><td>no ECTS {@code creditPoint} and no
 *       {@code creditsAvailable}</td></tr>
 *   <tr><td>{@code ECTS_OUT_OF_RANGE}</td><td>ECTS outside the policy range</td></tr>
 *   <tr><td>{@code MISSING_EQF_LEVEL}</td><td>no EQF level in the extension or the
 *       alignments</td></tr>
 *   <tr><td>{@code EQF_OUT_OF_RANGE}</td><td>EQF level outside the policy range</td></tr>
 *   <tr><td>{@code MISSING_ASSESSMENT}</td><td>no assessment with a boolean
 *       {@code summative}</td></tr>
 *   <tr><td>{@code NOT_SUMMATIVE}</td><td>assessment not summative, policy requires it</td></tr>
 *   <tr><td>{@code MISSING_IDENTITY_VERIFICATION}</td><td>no known identity verification value,
 *       policy requires it</td></tr>
 *   <tr><td>{@code IDENTITY_NOT_VERIFIED}</td><td>identity verification {@code none}, policy
 *       requires verification</td></tr>
 *   <tr><td>{@code MISSING_PARTICIPATION_FORM}</td><td>no known participation form</td></tr>
 *   <tr><td>{@code MISSING_QUALITY_ASSURANCE}</td><td>no known quality assurance type</td></tr>
 * </table>
 */
public enum CmfReasonCode {
  MALFORMED_CREDENTIAL,
  MISSING_TITLE,
  MISSING_AWARDING_BODY,
  MISSING_ISSUER_COUNTRY,
  MISSING_LEARNING_OUTCOMES,
  MISSING_WORKLOAD,
  WORKLOAD_OUT_OF_RANGE,
  MISSING_ECTS,
  ECTS_OUT_OF_RANGE,
  MISSING_EQF_LEVEL,
  EQF_OUT_OF_RANGE,
  MISSING_ASSESSMENT,
  NOT_SUMMATIVE,
  MISSING_IDENTITY_VERIFICATION,
  IDENTITY_NOT_VERIFIED,
  MISSING_PARTICIPATION_FORM,
  MISSING_QUALITY_ASSURANCE
}
