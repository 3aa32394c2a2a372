// A list of links, each followed by the number of documents it leads to where that is given.
import type { ComponentProps, ReactNode } from 'react';
import { DocumentCount } from './DocumentCount.tsx';

export interface ListedLink {
  href: string;
  label: ReactNode;
  count?: number;
}

export function LinkList({
  links,
  className = 'link-list',
  ...list
}: { links: ListedLink[] } & Omit<ComponentProps<'ul'>, 'children'>) {
  return (
    <ul className={className} {...list}>
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href}>
            {link.count === undefined ? (
              link.label
            ) : (
              <>
                <span>{link.label}</span>
                <DocumentCount count={link.count} />
              </>
            )}
          </a>
        </li>
      ))}
    </ul>
  );
}
