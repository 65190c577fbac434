// A territory field with suggestions (the API's name search), keyboard-usable as a combobox.
import { useEffect, useId, useState } from 'react';
import { useQuery } from '../api/client';
import { TerritoryNameDocument, TerritorySuggestionsDocument } from '../gql/graphql';
import { LEVEL } from '../labels';

export function TerritoryPicker({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const id = useId();
  const chosen = useQuery(TerritoryNameDocument, { id: value ?? '' }, { skip: !value });
  const [text, setText] = useState('');
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Debounced: one search per pause in typing.
  useEffect(() => {
    const timer = setTimeout(() => setTyped(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const suggestions = useQuery(TerritorySuggestionsDocument, { search: typed }, { skip: typed.length < 2 });
  const options = typed.length >= 2 && suggestions.status === 'done' ? (suggestions.data.territories?.nodes ?? []) : [];

  if (value) {
    const name = chosen.status === 'done' && chosen.data.territory ? `${chosen.data.territory.name} (${LEVEL[chosen.data.territory.level].toLowerCase()})` : value;
    return (
      <div className="field">
        <span className="label" id={`${id}-label`}>
          Territoire
        </span>
        <span className="chosen" aria-labelledby={`${id}-label`}>
          {name}{' '}
          <button type="button" onClick={() => onChange(null)} aria-label={`Retirer le filtre territoire ${name}`}>
            ×
          </button>
        </span>
      </div>
    );
  }
  const choose = (territoryId: string) => {
    setText('');
    setOpen(false);
    onChange(territoryId);
  };
  return (
    <div className="field combobox">
      <label htmlFor={id}>Territoire</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        placeholder="Commune, département…"
        aria-expanded={open && options.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && options[active] ? `${id}-${active}` : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(options.length - 1, i + 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((i) => Math.max(0, i - 1));
          } else if (event.key === 'Enter' && open && options[active]) {
            event.preventDefault();
            choose(options[active]!.id);
          } else if (event.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {open && options.length > 0 && (
        <ul id={`${id}-list`} role="listbox" className="suggestions">
          {options.map((option, i) => (
            <li
              key={option.id}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(option.id);
              }}
            >
              {option.name} <small>({LEVEL[option.level].toLowerCase()}, {option.code}{option.parent ? `, ${option.parent.name}` : ''})</small>
            </li>
          ))}
        </ul>
      )}
      {open && typed.length >= 2 && suggestions.status === 'done' && options.length === 0 && <p className="hint">Aucun territoire ne correspond.</p>}
    </div>
  );
}
