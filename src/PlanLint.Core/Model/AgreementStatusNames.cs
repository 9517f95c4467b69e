namespace PlanLint.Model;

/// <summary>The one copy of how an agreement status is written: as the HMPPS template writes it, and inside a sentence.</summary>
public static class AgreementStatusNames
{
    /// <summary>"Agreed", "Partly Agreed", "Not Agreed": the template's words, which plans, messages and canonical files use.</summary>
    public static string TemplateName(this AgreementStatus status) => status switch
    {
        AgreementStatus.Agreed => "Agreed",
        AgreementStatus.PartlyAgreed => "Partly Agreed",
        AgreementStatus.NotAgreed => "Not Agreed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>"Agreed", "Partly agreed", "Not agreed": the status as a report's label gives it.</summary>
    public static string LabelName(this AgreementStatus status)
    {
        string name = status.TemplateName();
        return name[..1] + name[1..].ToLowerInvariant();
    }
}
