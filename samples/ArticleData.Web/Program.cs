using ArticleData.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

// Every article was read, parsed and extracted at compile time; the app only renders the generated records.
var builder = WebApplication.CreateSlimBuilder(args);
var app = builder.Build();
var entities = new EntityIndex(Articles.All);

app.MapGet("/", () => Html(IndexPage.Render(Articles.All, entities)));

app.MapGet("/articles/{slug}", (string slug) =>
    Articles.Find(slug) is { } article
        ? Html(ArticlePage.Render(article, entities))
        : Html(Layout.NotFound($"No article has the slug '{slug}'."), StatusCodes.Status404NotFound));

app.MapGet("/entities/{kind}/{key}", (string kind, string key) =>
    entities.Find(kind, key) is { } entity
        ? Html(EntityPage.Render(entity))
        : Html(Layout.NotFound($"No entity '{key}' of kind '{kind}'."), StatusCodes.Status404NotFound));

app.Run();

static IResult Html(string page, int status = StatusCodes.Status200OK) =>
    Results.Content(page, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
