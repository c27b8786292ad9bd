using Bot.Core.FileImport;
using Bot.Core.Calendar;

namespace Bot.Core.Tests.Calendar;

public sealed class ProductionCalendarFileTests
{
    [Fact]
    public void Malformed_xml_names_its_line()
    {
        var error = Assert.Throws<InvalidFileException>(() => ProductionCalendarFile.Parse("<calendar year=\"2028\">\n<days>\n<day d=\"01.01\" t=\"1\">\n</days></calendar>"));

        Assert.StartsWith("line 4:", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_day_is_reported_with_its_line()
    {
        const string file = """
            <calendar year="2028">
              <days>
                <day d="01.01" t="1"/>
                <day d="02.30" t="1"/>
                <day d="03.01" t="7"/>
                <day d="01.01" t="2"/>
                <day d="01.03" t="3"/>
              </days>
            </calendar>
            """;

        var error = Assert.Throws<InvalidFileException>(() => ProductionCalendarFile.Parse(file));

        Assert.Equal(["line 4", "line 5", "line 6", "line 7"], error.Problems.Select(problem => problem[..problem.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Contains("02.30", error.Problems[0], StringComparison.Ordinal);
        Assert.Contains("listed twice", error.Problems[2], StringComparison.Ordinal);
        Assert.Contains("Monday", error.Problems[3], StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_attribute_is_required()
    {
        var error = Assert.Throws<InvalidFileException>(() => ProductionCalendarFile.Parse("<calendar><days/></calendar>"));

        Assert.Contains("year", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_file_gives_its_marks_and_its_provisional_flag()
    {
        var year = ProductionCalendarFile.Parse("""<calendar year="2028" provisional="true"><days><day d="01.03" t="1" h="1"/><day d="01.08" t="3"/></days></calendar>""");

        Assert.True(year.Provisional);
        Assert.Equal(DayKind.DayOff, year.Classify(new DateOnly(2028, 1, 3)));
        Assert.Equal(DayKind.Working, year.Classify(new DateOnly(2028, 1, 8)));
    }
}
