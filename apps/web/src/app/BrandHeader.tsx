/** The banner with the product name only, for the error page. */
export function BrandHeader() {
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <div className="app-header__brand">
          <a className="app-header__product" href="/">
            Tandem
          </a>
        </div>
      </div>
    </header>
  );
}
