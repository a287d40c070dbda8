package th.tambondesk.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultWorkingDays       due date of a service whose standard time is not known yet
 * @param personalDataRetention   how long after closure a case keeps the resident's personal data (PDPA)
 * @param reopenWithin            how long after a case is finished its residents may say it is not fixed
 */
@ConfigurationProperties("tambondesk.cases")
record CasesProperties(@DefaultValue("15") int defaultWorkingDays,
                       @DefaultValue("730d") java.time.Duration personalDataRetention,
                       @DefaultValue("14d") java.time.Duration reopenWithin) {
}
